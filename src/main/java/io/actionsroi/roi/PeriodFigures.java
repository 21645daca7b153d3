package io.actionsroi.roi;

import java.time.Instant;

/**
 * The counted runs created in one period {@code [start, end)}, and who ran them.
 *
 * @param successRate {@code successfulRuns / totalRuns * 100}, 0 without runs, as Port computes rates
 * @param activeUsers distinct users who ran an action in the period (runs without a user add none)
 * @param activeTeams distinct primary teams of the period's runs, "No Team" not counted
 * @param newUsers users whose first counted run, of all before the as-of instant, falls in the period
 */
public record PeriodFigures(
        Instant start,
        Instant end,
        long totalRuns,
        long successfulRuns,
        long failedRuns,
        double successRate,
        double leadTimeSavingsH,
        double cycleTimeSavingsH,
        double waitingTimeH,
        long activeUsers,
        long activeTeams,
        long newUsers) {
}
