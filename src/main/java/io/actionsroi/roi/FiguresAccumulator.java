package io.actionsroi.roi;

/**
 * The running counts and sums behind one {@link Figures}: of an action, a category, a team, a user
 * group or the organisation. Rates and averages are computed from the totals at the end, never
 * averaged from smaller groups. Sums are in run order, as Port adds them.
 */
final class FiguresAccumulator {

    private long totalRuns;
    private long successfulRuns;
    private long failedRuns;
    private long inProgressRuns;
    private long dailyTotalRuns;
    private long dailyFailedRuns;
    private long weeklyTotalRuns;
    private long weeklyFailedRuns;
    private long monthlyTotalRuns;
    private long monthlyFailedRuns;
    private double totalLeadTimeSavingsH;
    private long runsWithLeadTimeSavings;
    private double totalCycleTimeSavingsH;
    private double totalWaitingTimeSeconds;
    private double maxWaitingTimeSeconds = Double.NEGATIVE_INFINITY;
    private long runsWithWaitingTime;

    void add(RunFacts run) {
        boolean failed = RunStatus.FAILURE.equals(run.status());
        totalRuns++;
        if (RunStatus.SUCCESS.equals(run.status())) {
            successfulRuns++;
        } else if (failed) {
            failedRuns++;
        } else if (RunStatus.IN_PROGRESS.equals(run.status())) {
            inProgressRuns++;
        }
        if (run.inDailyWindow()) {
            dailyTotalRuns++;
            dailyFailedRuns += failed ? 1 : 0;
        }
        if (run.inWeeklyWindow()) {
            weeklyTotalRuns++;
            weeklyFailedRuns += failed ? 1 : 0;
        }
        if (run.inMonthlyWindow()) {
            monthlyTotalRuns++;
            monthlyFailedRuns += failed ? 1 : 0;
        }
        if (run.savingsLeadTimeH() != null) {
            totalLeadTimeSavingsH += run.savingsLeadTimeH();
            runsWithLeadTimeSavings++;
        }
        if (run.savingsCycleTimeH() != null) {
            totalCycleTimeSavingsH += run.savingsCycleTimeH();
        }
        Double waiting = run.waitingForApprovalSeconds();
        if (waiting != null) {
            totalWaitingTimeSeconds += waiting;
            maxWaitingTimeSeconds = Math.max(maxWaitingTimeSeconds, waiting);
            runsWithWaitingTime += waiting > 0 ? 1 : 0;
        }
    }

    /** Whether any run carried a lead time saving: only then can the group top the savings. */
    boolean hasLeadTimeSavings() {
        return runsWithLeadTimeSavings > 0;
    }

    Figures figures() {
        double maxWaiting = maxWaitingTimeSeconds == Double.NEGATIVE_INFINITY ? 0 : maxWaitingTimeSeconds;
        return new Figures(
                totalRuns,
                successfulRuns,
                failedRuns,
                inProgressRuns,
                dailyTotalRuns,
                dailyFailedRuns,
                weeklyTotalRuns,
                weeklyFailedRuns,
                monthlyTotalRuns,
                monthlyFailedRuns,
                totalLeadTimeSavingsH,
                totalCycleTimeSavingsH,
                totalWaitingTimeSeconds,
                maxWaiting,
                runsWithWaitingTime,
                percent(failedRuns, totalRuns),
                percent(successfulRuns, totalRuns),
                percent(dailyFailedRuns, dailyTotalRuns),
                percent(weeklyFailedRuns, weeklyTotalRuns),
                percent(monthlyFailedRuns, monthlyTotalRuns),
                successfulRuns + failedRuns,
                totalWaitingTimeSeconds / 3600,
                runsWithWaitingTime == 0 ? 0 : totalWaitingTimeSeconds / runsWithWaitingTime / 3600,
                maxWaiting / 3600);
    }

    /** {@code part / whole * 100} in that order, as Port computes it; 0 when whole is 0. */
    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole * 100;
    }
}
