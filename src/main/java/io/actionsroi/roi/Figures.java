package io.actionsroi.roi;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The aggregation and calculation properties of Port's {@code action} blueprint, for one action or
 * for any group of runs (a category, a team, a user group, the whole organisation). Component names
 * are Port's property identifiers in camel case: {@code totalLeadTimeSavingsH} is
 * {@code total_lead_time_savings_h}.
 */
public record Figures(
        long totalRuns,
        long successfulRuns,
        long failedRuns,
        long inProgressRuns,
        long dailyTotalRuns,
        long dailyFailedRuns,
        long weeklyTotalRuns,
        long weeklyFailedRuns,
        long monthlyTotalRuns,
        long monthlyFailedRuns,
        double totalLeadTimeSavingsH,
        double totalCycleTimeSavingsH,
        double totalWaitingTimeSeconds,
        double maxWaitingTimeSeconds,
        long runsWithWaitingTime,
        double overallFailureRate,
        double successRate,
        double dailyFailureRate,
        double weeklyFailureRate,
        double monthlyFailureRate,
        long totalRunsWithStatus,
        double totalWaitingTimeH,
        double averageWaitingTimeH,
        double maxWaitingTimeH) {

    /**
     * The most hours saved (lead time) first, equal savings in the order of their keys: how every output
     * orders actions and rollups.
     */
    public static <T> Comparator<T> mostHoursSavedFirst(Function<T, Figures> figures, Function<T, String> key) {
        return Comparator.comparingDouble((T item) -> figures.apply(item).totalLeadTimeSavingsH()).reversed()
                .thenComparing(key);
    }
}
