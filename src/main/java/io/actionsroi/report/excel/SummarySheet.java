package io.actionsroi.report.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import io.actionsroi.report.Wording;
import io.actionsroi.report.Wording.Answer;
import io.actionsroi.roi.BusinessValue;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.Highlight;
import io.actionsroi.roi.Highlights;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.Measure;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.PeriodComparison;
import io.actionsroi.roi.RoiResult;

/**
 * The Summary sheet, for a reader who opens the workbook without help: what the report covers, the
 * dashboard's headline figures with their last 30 days and the change against the 30 days before, the
 * answers to "is it growing, who uses it, what is it worth", the value of a year when an hourly cost is
 * set, the highlights, the data-quality counts and every figure over all counted runs.
 */
final class SummarySheet {

    static final String NAME = "Summary";

    private static final int[] COLUMN_WIDTHS = {38, 22, 14, 30, 14, 20, 20};

    private final Sheet sheet;
    private final Cells cells;
    private final CellStyles styles;

    SummarySheet(Sheet sheet, Cells cells, CellStyles styles) {
        this.sheet = sheet;
        this.cells = cells;
        this.styles = styles;
    }

    /**
     * Writes the summary of {@code result}.
     *
     * @param runsWindow which runs the Runs sheet lists, in words
     */
    void write(RoiResult result, String runsWindow) {
        DocumentSheet summary = new DocumentSheet(sheet, "Actions ROI report", cells, styles, COLUMN_WIDTHS);

        summary.section("Report");
        summary.line("Report date", CellFormat.DATE, result.reportDate(), null);
        summary.line("As of", CellFormat.DATE_TIME, result.asOf(),
                "the start of the day after the report date: runs created before it count");
        summary.line("Time zone", CellFormat.TEXT, result.zone().getId(), "of every date and time in this workbook");
        summary.line("Data source", CellFormat.TEXT, result.source(), null);
        summary.line("Generated at", CellFormat.DATE_TIME, result.generatedAt(), null);
        summary.line("Runs sheet", CellFormat.TEXT, runsWindow, null);
        if (result.partial()) {
            summary.paragraph("Partial report", Wording.partial(result));
        }
        if (result.scope() != null) {
            summary.line("Team", CellFormat.TEXT, result.scope().title(), "a team's report: over the runs whose primary"
                    + " team is " + result.scope().team() + " (the Runs sheet lists those only)");
            for (Answer answer : List.of(Wording.teamShare(result, SummarySheet::hours), Wording.teamSuccessRate(result))) {
                summary.paragraph(answer.label(), answer.text());
            }
        }

        headlines(summary, result);

        summary.section("Growth, adoption and value");
        for (Answer answer : Wording.story(result, SummarySheet::hours)) {
            summary.paragraph(answer.label(), answer.text());
        }
        if (result.value() != null) {
            value(summary, result.value());
        }
        highlights(summary, result.highlights());

        summary.section("Data quality");
        for (IssueKind kind : IssueKind.values()) {
            Long count = result.dataQuality().counts().get(kind.key());
            if (count != null) {
                Wording.DataQualityCase dataQualityCase = Wording.dataQualityCase(kind);
                summary.line(dataQualityCase.what(), CellFormat.COUNT, count, dataQualityCase.effect());
            }
        }
        summary.line(null, CellFormat.TEXT, null,
                "each case, entity by entity with its reason, is on the Data quality sheet");

        summary.section("Every figure over all counted runs");
        Figures figures = result.totals().figures();
        for (Measure measure : Measure.values()) {
            summary.line(measure.title(), CellFormat.of(measure.unit()), measure.of(figures), measure.key());
        }
    }

    /**
     * Port's number charts first, as the dashboard shows them, each with its last 30 days and their change
     * against the 30 days before where the result has them.
     */
    private static void headlines(DocumentSheet summary, RoiResult result) {
        Figures figures = result.totals().figures();
        PeriodComparison month = result.periods().month();
        List<Headline> headlines = new ArrayList<>();
        headlines.add(Headline.of("Total hours saved (lead time)", figures.totalLeadTimeSavingsH(),
                PeriodMeasure.LEAD_TIME_SAVINGS_H, month,
                "hours: the sum of every action's " + Measure.TOTAL_LEAD_TIME_SAVINGS_H.title()));
        headlines.add(Headline.of("Total processing time saved (cycle time)", figures.totalCycleTimeSavingsH(),
                PeriodMeasure.CYCLE_TIME_SAVINGS_H, month,
                "hours: the sum of every action's " + Measure.TOTAL_CYCLE_TIME_SAVINGS_H.title()));
        headlines.add(Headline.of("Total time waiting for approval", figures.totalWaitingTimeH(),
                PeriodMeasure.WAITING_TIME_H, month,
                "hours: the sum of every action's " + Measure.TOTAL_WAITING_TIME_H.title()));
        headlines.add(Headline.of("Total runs", figures.totalRuns(), PeriodMeasure.TOTAL_RUNS, month, null));
        headlines.add(Headline.of("Success rate", figures.successRate(), PeriodMeasure.SUCCESS_RATE, month, null));
        headlines.add(Headline.of("Active users", null, PeriodMeasure.ACTIVE_USERS, month,
                "who ran an action: see the Adoption sheet"));
        headlines.add(Headline.total("Runs in the last 7 days", CellFormat.COUNT, figures.weeklyTotalRuns(), null));
        headlines.add(Headline.total("Actions", CellFormat.COUNT, result.totals().actions(), null));
        headlines.add(Headline.total("Actions with runs", CellFormat.COUNT, result.totals().actionsWithRuns(), null));
        MoneyValue money = result.totals().money();
        if (money != null) {
            String rate = String.format(Locale.ROOT, "%s, at %,.2f %s an hour", money.currency(), money.hourlyCost(),
                    money.currency());
            headlines.add(Headline.total("Value of the hours saved", CellFormat.MONEY, money.leadTimeSavingsValue(),
                    rate));
            headlines.add(Headline.total("Value of the processing time saved", CellFormat.MONEY,
                    money.cycleTimeSavingsValue(), rate));
        }

        summary.section("Headline figures");
        summary.table(List.of(
                Column.text("Figure", Headline::label),
                new Column<>("Up to the report date", CellFormat.HOURS, Headline::total, Headline::format),
                new Column<>(TrendsSheet.heading(Wording.month().current()), CellFormat.HOURS, Headline::lastMonth,
                        Headline::format),
                new Column<>("Change vs " + Wording.month().previous(), CellFormat.TEXT, Headline::changeText,
                        Headline::changeFormat),
                new Column<>("Note", CellFormat.NOTE, Headline::note)), headlines);
    }

    /** What a year is worth at the last quarter's pace, with how each figure is made. */
    private static void value(DocumentSheet summary, BusinessValue value) {
        String currency = value.currency();
        summary.section("Value of a year at the pace of " + Wording.quarter().current());
        summary.line("Hourly cost", CellFormat.MONEY, value.hourlyCost(), currency + " (setting report.hourly-cost)");
        summary.line("Attribution", CellFormat.SHARE, value.attribution(),
                "of the time saved credited to self-service (setting report.value.attribution)");
        summary.line("FTE hours per year", CellFormat.HOURS, value.fteHoursPerYear(),
                "a full-time person's working hours (setting report.value.fte-hours-per-year)");
        summary.line("Annualised hours saved (lead time)", CellFormat.HOURS, value.annualisedLeadTimeSavingsH(),
                "hours saved in " + Wording.quarter().current() + " x 365 / 90");
        summary.line("Annualised value", CellFormat.MONEY, value.annualisedValue(),
                currency + ": annualised hours x hourly cost x attribution");
        summary.line("FTE equivalent", CellFormat.DECIMAL, value.fteEquivalent(),
                "full-time people: annualised hours x attribution / FTE hours per year");
        if (value.platformCostPerYear() != null) {
            summary.line("Platform cost per year", CellFormat.MONEY, value.platformCostPerYear(),
                    currency + " (setting report.value.platform-cost-per-year)");
            summary.line("Net annual value", CellFormat.MONEY, value.netAnnualValue(),
                    currency + ": annualised value - platform cost");
            summary.line("ROI", CellFormat.PERCENT, value.roiPercent(), value.roiPercent() == null
                    ? "none: the platform costs nothing" : "net annual value / platform cost x 100");
        }
    }

    /** The dashboard's questions, answered in words, with the answer's figure beside them. */
    private void highlights(DocumentSheet summary, Highlights highlights) {
        summary.section("Highlights");
        List<Answer> answers = Wording.highlights(highlights, SummarySheet::hours);
        // In the order Wording answers them.
        List<Highlight> answered = Arrays.asList(highlights.mostRunActionThisWeek(),
                highlights.topActionByLeadTimeSavings(), highlights.topCategoryByLeadTimeSavings());
        List<CellFormat> formats = List.of(CellFormat.COUNT, CellFormat.HOURS, CellFormat.HOURS);
        for (int i = 0; i < answers.size(); i++) {
            Highlight highlight = answered.get(i);
            Row row = summary.line(answers.get(i).label(), formats.get(i), highlight == null ? null : highlight.value(),
                    null);
            cells.write(row, 2, highlight == null ? CellFormat.NOTE : CellFormat.ANSWER, answers.get(i).text());
        }
    }

    /** Hours as the workbook words them in a sentence: "1,234.5". */
    private static String hours(double hours) {
        return String.format(Locale.ENGLISH, "%,.1f", hours);
    }

    /**
     * A line of the headline figures: the figure up to the report date, and, for those the periods have,
     * the last 30 days and their change in words.
     */
    private record Headline(String label, CellFormat format, Object total, Object lastMonth,
            PeriodMeasure.Words change, String note) {

        static Headline of(String label, Object total, PeriodMeasure measure, PeriodComparison month, String note) {
            return new Headline(label, measure.format(), total, measure.of(month.current()),
                    measure.words(month), note);
        }

        static Headline total(String label, CellFormat format, Object total, String note) {
            return new Headline(label, format, total, null, null, note);
        }

        String changeText() {
            return change == null ? null : change.text();
        }

        CellFormat changeFormat() {
            return change == null ? CellFormat.TEXT : change.format();
        }
    }
}
