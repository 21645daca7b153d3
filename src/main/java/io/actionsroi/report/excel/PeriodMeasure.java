package io.actionsroi.report.excel;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import io.actionsroi.report.Wording;
import io.actionsroi.report.Wording.Better;
import io.actionsroi.roi.Change;
import io.actionsroi.roi.PeriodChange;
import io.actionsroi.roi.PeriodComparison;
import io.actionsroi.roi.PeriodFigures;

/**
 * Every figure of {@link PeriodFigures}, in its order, with its JSON key, its label, which way moving is
 * good news and its definition: the Trends sheet's rows, the Summary's changes and the About sheet's
 * definitions.
 */
enum PeriodMeasure {

    TOTAL_RUNS("total_runs", "Runs", CellFormat.COUNT, Better.UP, PeriodFigures::totalRuns, PeriodChange::totalRuns,
            "counted runs created in the period"),
    SUCCESSFUL_RUNS("successful_runs", "Successful runs", CellFormat.COUNT, Better.UP, PeriodFigures::successfulRuns,
            PeriodChange::successfulRuns, "of those, the runs with status SUCCESS"),
    FAILED_RUNS("failed_runs", "Failed runs", CellFormat.COUNT, Better.DOWN, PeriodFigures::failedRuns,
            PeriodChange::failedRuns, "of those, the runs with status FAILURE"),
    SUCCESS_RATE("success_rate", "Success rate", CellFormat.PERCENT, Better.UP, PeriodFigures::successRate,
            PeriodChange::successRate, "successful runs / runs x 100 (0 without runs); its change is in percentage"
                    + " points"),
    LEAD_TIME_SAVINGS_H("lead_time_savings_h", "Hours saved (lead time)", CellFormat.HOURS, Better.UP,
            PeriodFigures::leadTimeSavingsH, PeriodChange::leadTimeSavingsH,
            "the hours the period's runs saved (lead time), as in Total lead time savings (h)"),
    CYCLE_TIME_SAVINGS_H("cycle_time_savings_h", "Processing time saved (cycle time)", CellFormat.HOURS, Better.UP,
            PeriodFigures::cycleTimeSavingsH, PeriodChange::cycleTimeSavingsH,
            "the hours of processing the period's runs saved (cycle time), as in Total cycle time savings (h)"),
    WAITING_TIME_H("waiting_time_h", "Time waiting for approval", CellFormat.HOURS, Better.DOWN,
            PeriodFigures::waitingTimeH, PeriodChange::waitingTimeH,
            "the hours the period's runs waited for approval"),
    ACTIVE_USERS("active_users", "Active users", CellFormat.COUNT, Better.UP, PeriodFigures::activeUsers,
            PeriodChange::activeUsers, "distinct users who ran an action in the period (the run's user relation,"
                    + " setting port.schema.run.user); runs without a user add none"),
    ACTIVE_TEAMS("active_teams", "Active teams", CellFormat.COUNT, Better.UP, PeriodFigures::activeTeams,
            PeriodChange::activeTeams, "distinct primary teams of the period's runs, No Team not counted"),
    NEW_USERS("new_users", "New users", CellFormat.COUNT, Better.UP, PeriodFigures::newUsers,
            PeriodChange::newUsers, "users whose first counted run falls in the period");

    private final String key;
    private final String label;
    private final CellFormat format;
    private final Better better;
    private final ToDoubleFunction<PeriodFigures> value;
    private final Function<PeriodChange, Change> change;
    private final String definition;

    PeriodMeasure(String key, String label, CellFormat format, Better better, ToDoubleFunction<PeriodFigures> value,
            Function<PeriodChange, Change> change, String definition) {
        this.key = key;
        this.label = label;
        this.format = format;
        this.better = better;
        this.value = value;
        this.change = change;
        this.definition = definition;
    }

    /** The key in the JSON summary's periods: {@code lead_time_savings_h}. */
    String key() {
        return key;
    }

    String label() {
        return label;
    }

    /** The format of the figure. */
    CellFormat format() {
        return format;
    }

    /** The format of its change from one period to the next: percentage points for a rate. */
    CellFormat changeFormat() {
        return isRate() ? CellFormat.POINTS : format;
    }

    String definition() {
        return definition;
    }

    /** The figure in {@code figures}; counts are exact as doubles. */
    double of(PeriodFigures figures) {
        return value.applyAsDouble(figures);
    }

    Change of(PeriodChange changes) {
        return change.apply(changes);
    }

    /** Its change in words ("▲ 12.4%", "▼ 2.2 pts"), coloured by whether it is good news. */
    Words words(PeriodComparison period) {
        Wording.ChangeWords words = this == SUCCESS_RATE ? Wording.successRateChange(period)
                : Wording.change(of(period.change()), better, isRate());
        CellFormat colour = switch (words.tendency()) {
            case GOOD -> CellFormat.GOOD_NEWS;
            case BAD -> CellFormat.BAD_NEWS;
            case NEUTRAL -> CellFormat.NOTE;
        };
        return new Words(words.text(), colour);
    }

    private boolean isRate() {
        return format == CellFormat.PERCENT;
    }

    /** A change in words and the format that colours it. */
    record Words(String text, CellFormat format) {
    }
}
