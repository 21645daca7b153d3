package io.actionsroi.report.excel;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;

import io.actionsroi.report.Wording;
import io.actionsroi.report.Wording.PeriodNames;
import io.actionsroi.roi.Change;
import io.actionsroi.roi.MonthOfRuns;
import io.actionsroi.roi.PeriodComparison;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.WeekOfRuns;

/**
 * The Trends sheet: the last day, week, month and quarter, each against the period before with the
 * change of every figure, then the 12 weeks and the 12 months as tables, which the charts bind to.
 */
final class TrendsSheet {

    static final String NAME = "Trends";
    static final String WEEK = "Week";
    static final List<String> WEEK_STATUSES = List.of("Successful", "Failed", "In progress", "Other");
    static final String MONTH = "Month";
    /** The column right of the tables, where the charts go. */
    static final int CHARTS_COLUMN = 11;

    private static final int[] COLUMN_WIDTHS = {38, 20, 20, 14, 14, 14, 14, 20, 20, 20};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    /** Change (%) of a figure that was 0 before: there is nothing to compare with. */
    private static final String NO_PERCENT = "–";

    private final Cells cells;
    private final CellStyles styles;

    TrendsSheet(Cells cells, CellStyles styles) {
        this.cells = cells;
        this.styles = styles;
    }

    /** The tables the charts show. */
    record Tables(Table<WeekOfRuns> weeks, Table<MonthOfRuns> months) {
    }

    Tables write(Sheet sheet, RoiResult result) {
        DocumentSheet trends = new DocumentSheet(sheet, "Trends", cells, styles, COLUMN_WIDTHS);
        period(trends, result.periods().day(), Wording.day());
        period(trends, result.periods().week(), Wording.week());
        period(trends, result.periods().month(), Wording.month());
        period(trends, result.periods().quarter(), Wording.quarter());

        ZoneId zone = result.zone();
        trends.section("The last 12 weeks");
        Table<WeekOfRuns> weeks = trends.table(List.of(
                Column.text(WEEK, week -> week(week, zone)),
                new Column<>(WEEK_STATUSES.get(0), CellFormat.COUNT, WeekOfRuns::successful),
                new Column<>(WEEK_STATUSES.get(1), CellFormat.COUNT, WeekOfRuns::failed),
                new Column<>(WEEK_STATUSES.get(2), CellFormat.COUNT, WeekOfRuns::inProgress),
                new Column<>(WEEK_STATUSES.get(3), CellFormat.COUNT, WeekOfRuns::other),
                new Column<>(PeriodMeasure.LEAD_TIME_SAVINGS_H.label(), CellFormat.HOURS, WeekOfRuns::leadTimeSavingsH),
                new Column<>(PeriodMeasure.ACTIVE_USERS.label(), CellFormat.COUNT, WeekOfRuns::activeUsers),
                new Column<>("From", CellFormat.DATE_TIME, WeekOfRuns::start),
                new Column<>("Until", CellFormat.DATE_TIME, WeekOfRuns::end)), result.runsPerWeek());
        trends.line(null, CellFormat.TEXT, null, "Other: waiting for approval, declined, or another status");

        trends.section("The last 12 months");
        Table<MonthOfRuns> months = trends.table(List.of(
                Column.text(MONTH, month -> MONTH_NAME.format(month.month())),
                new Column<>(PeriodMeasure.TOTAL_RUNS.label(), CellFormat.COUNT, MonthOfRuns::totalRuns),
                new Column<>(PeriodMeasure.SUCCESSFUL_RUNS.label(), CellFormat.COUNT, MonthOfRuns::successfulRuns),
                new Column<>(PeriodMeasure.FAILED_RUNS.label(), CellFormat.COUNT, MonthOfRuns::failedRuns),
                new Column<>(PeriodMeasure.LEAD_TIME_SAVINGS_H.label(), CellFormat.HOURS,
                        MonthOfRuns::leadTimeSavingsH),
                new Column<>(PeriodMeasure.CYCLE_TIME_SAVINGS_H.label(), CellFormat.HOURS,
                        MonthOfRuns::cycleTimeSavingsH),
                new Column<>(PeriodMeasure.WAITING_TIME_H.label(), CellFormat.HOURS, MonthOfRuns::waitingTimeH),
                new Column<>(PeriodMeasure.ACTIVE_USERS.label(), CellFormat.COUNT, MonthOfRuns::activeUsers),
                new Column<>("From", CellFormat.DATE_TIME, MonthOfRuns::start),
                new Column<>("Until", CellFormat.DATE_TIME, MonthOfRuns::end)), result.runsPerMonth());
        trends.line(null, CellFormat.TEXT, null, "calendar months in " + zone.getId()
                + "; the last one ends at the as-of instant");
        return new Tables(weeks, months);
    }

    /** One period against the one before: their bounds, then every figure with its change. */
    private static void period(DocumentSheet trends, PeriodComparison period, PeriodNames names) {
        trends.section(heading(names.current()) + " vs " + names.previous());
        List<PeriodRow> rows = new ArrayList<>();
        rows.add(PeriodRow.bound("From", period.current().start(), period.previous().start()));
        rows.add(PeriodRow.bound("Until", period.current().end(), period.previous().end()));
        for (PeriodMeasure measure : PeriodMeasure.values()) {
            rows.add(new PeriodRow(measure.label(), measure.format(), measure.changeFormat(),
                    measure.of(period.current()), measure.of(period.previous()), measure.of(period.change())));
        }
        trends.table(List.of(
                Column.text("Figure", PeriodRow::label),
                new Column<>(heading(names.current()), CellFormat.HOURS, PeriodRow::current, PeriodRow::format),
                new Column<>(heading(names.previous()), CellFormat.HOURS, PeriodRow::previous, PeriodRow::format),
                new Column<>("Change", CellFormat.HOURS, PeriodRow::absolute, PeriodRow::changeFormat),
                new Column<>("Change (%)", CellFormat.PERCENT, PeriodRow::percent, PeriodRow::percentFormat)), rows);
    }

    /** A period's name as a heading: "the last 30 days" is "Last 30 days". */
    static String heading(String periodName) {
        String name = periodName.startsWith("the ") ? periodName.substring(4) : periodName;
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** "24 Sep – 30 Sep": the days of a week that starts and ends at midnight in the zone. */
    private static String week(WeekOfRuns week, ZoneId zone) {
        LocalDateTime first = LocalDateTime.ofInstant(week.start(), zone);
        LocalDateTime last = LocalDateTime.ofInstant(week.end(), zone).minusNanos(1);
        return DAY.format(first) + " – " + DAY.format(last);
    }

    /** A row of a period's table: a bound (no change) or a figure with its change. */
    private record PeriodRow(String label, CellFormat format, CellFormat changeFormat, Object current,
            Object previous, Change change) {

        static PeriodRow bound(String label, Instant current, Instant previous) {
            return new PeriodRow(label, CellFormat.DATE_TIME, null, current, previous, null);
        }

        Double absolute() {
            return change == null ? null : change.absolute();
        }

        Object percent() {
            if (change == null) {
                return null;
            }
            return change.percent() == null ? NO_PERCENT : change.percent();
        }

        CellFormat percentFormat() {
            return change != null && change.percent() == null ? CellFormat.NO_VALUE : CellFormat.PERCENT;
        }
    }
}
