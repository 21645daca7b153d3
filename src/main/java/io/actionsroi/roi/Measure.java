package io.actionsroi.roi;

import java.util.function.ToDoubleFunction;

/**
 * Every figure of {@link Figures}, in its order, with Port's property identifier, Port's title and
 * the model's definition. The workbook's headers, the PDF's method page and the About sheet all
 * describe the figures from here, so they say the same thing.
 */
public enum Measure {

    TOTAL_RUNS("total_runs", "Total Runs", Unit.COUNT, Figures::totalRuns,
            "count of runs"),
    SUCCESSFUL_RUNS("successful_runs", "Successful Runs", Unit.COUNT, Figures::successfulRuns,
            "count of runs with status SUCCESS"),
    FAILED_RUNS("failed_runs", "Failed Runs", Unit.COUNT, Figures::failedRuns,
            "count of runs with status FAILURE"),
    IN_PROGRESS_RUNS("in_progress_runs", "In Progress Runs", Unit.COUNT, Figures::inProgressRuns,
            "count of runs with status IN_PROGRESS"),
    DAILY_TOTAL_RUNS("daily_total_runs", "Daily Total Runs", Unit.COUNT, Figures::dailyTotalRuns,
            "runs created in the 24 hours before the as-of instant"),
    DAILY_FAILED_RUNS("daily_failed_runs", "Daily Failed Runs", Unit.COUNT, Figures::dailyFailedRuns,
            "failed runs created in the 24 hours before the as-of instant"),
    WEEKLY_TOTAL_RUNS("weekly_total_runs", "Weekly Total Runs", Unit.COUNT, Figures::weeklyTotalRuns,
            "runs created in the 7 days before the as-of instant"),
    WEEKLY_FAILED_RUNS("weekly_failed_runs", "Weekly Failed Runs", Unit.COUNT, Figures::weeklyFailedRuns,
            "failed runs created in the 7 days before the as-of instant"),
    MONTHLY_TOTAL_RUNS("monthly_total_runs", "Monthly Total Runs", Unit.COUNT, Figures::monthlyTotalRuns,
            "runs created in the 30 days before the as-of instant"),
    MONTHLY_FAILED_RUNS("monthly_failed_runs", "Monthly Failed Runs", Unit.COUNT, Figures::monthlyFailedRuns,
            "failed runs created in the 30 days before the as-of instant"),
    TOTAL_LEAD_TIME_SAVINGS_H("total_lead_time_savings_h", "Total lead time savings (h)", Unit.HOURS,
            Figures::totalLeadTimeSavingsH,
            "sum over successful runs of (lead time before x 3600 - duration) / 3600; runs without a baseline add nothing"),
    TOTAL_CYCLE_TIME_SAVINGS_H("total_cycle_time_savings_h", "Total cycle time savings (h)", Unit.HOURS,
            Figures::totalCycleTimeSavingsH,
            "sum over successful runs of (cycle time before x 3600 - cycle time) / 3600; runs without a baseline add nothing"),
    TOTAL_WAITING_TIME_SECONDS("total_waiting_time_seconds", "Total Waiting Time (seconds)", Unit.SECONDS,
            Figures::totalWaitingTimeSeconds,
            "sum of the runs' time waiting for approval"),
    MAX_WAITING_TIME_SECONDS("max_waiting_time_seconds", "Max approving Time (s)", Unit.SECONDS,
            Figures::maxWaitingTimeSeconds,
            "longest time a run waited for approval (0 when none waited)"),
    RUNS_WITH_WAITING_TIME("runs_with_waiting_time", "Runs with Waiting Time", Unit.COUNT,
            Figures::runsWithWaitingTime,
            "count of runs that waited for approval more than 0 seconds"),
    OVERALL_FAILURE_RATE("overall_failure_rate", "Overall Failure Rate (%)", Unit.PERCENT,
            Figures::overallFailureRate,
            "failed runs / total runs x 100 (0 when there are no runs)"),
    SUCCESS_RATE("success_rate", "Success Rate (%)", Unit.PERCENT, Figures::successRate,
            "successful runs / total runs x 100 (0 when there are no runs)"),
    DAILY_FAILURE_RATE("daily_failure_rate", "Daily Failure Rate (%)", Unit.PERCENT, Figures::dailyFailureRate,
            "daily failed runs / daily total runs x 100 (0 when none)"),
    WEEKLY_FAILURE_RATE("weekly_failure_rate", "Weekly Failure Rate (%)", Unit.PERCENT, Figures::weeklyFailureRate,
            "weekly failed runs / weekly total runs x 100 (0 when none)"),
    MONTHLY_FAILURE_RATE("monthly_failure_rate", "Monthly Failure Rate (%)", Unit.PERCENT,
            Figures::monthlyFailureRate,
            "monthly failed runs / monthly total runs x 100 (0 when none)"),
    TOTAL_RUNS_WITH_STATUS("total_runs_with_status", "Total Runs (with status)", Unit.COUNT,
            Figures::totalRunsWithStatus,
            "successful runs + failed runs"),
    TOTAL_WAITING_TIME_H("total_waiting_time_h", "Total Waiting Time (h)", Unit.HOURS, Figures::totalWaitingTimeH,
            "total waiting time in seconds / 3600"),
    AVERAGE_WAITING_TIME_H("average_waiting_time_h", "Average Waiting Time (h)", Unit.HOURS,
            Figures::averageWaitingTimeH,
            "total waiting time in seconds / runs with waiting time / 3600 (0 when no run waited)"),
    MAX_WAITING_TIME_H("max_waiting_time_h", "Max Waiting Time (h)", Unit.HOURS, Figures::maxWaitingTimeH,
            "longest waiting time in seconds / 3600");

    /** What a figure counts, so each output can format it: runs, hours, seconds or a percentage (0-100). */
    public enum Unit { COUNT, HOURS, SECONDS, PERCENT }

    private final String key;
    private final String title;
    private final Unit unit;
    private final ToDoubleFunction<Figures> value;
    private final String definition;

    Measure(String key, String title, Unit unit, ToDoubleFunction<Figures> value, String definition) {
        this.key = key;
        this.title = title;
        this.unit = unit;
        this.value = value;
        this.definition = definition;
    }

    /** Port's property identifier, the key in the JSON summary: {@code total_lead_time_savings_h}. */
    public String key() {
        return key;
    }

    /** Port's property title: "Total lead time savings (h)". */
    public String title() {
        return title;
    }

    public Unit unit() {
        return unit;
    }

    /** How the model computes the figure, in one sentence for a reader of the report. */
    public String definition() {
        return definition;
    }

    /** The figure's value in {@code figures}; counts are exact as doubles. */
    public double of(Figures figures) {
        return value.applyAsDouble(figures);
    }
}
