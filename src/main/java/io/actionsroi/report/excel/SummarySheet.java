package io.actionsroi.report.excel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import io.actionsroi.report.Numbers;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.Highlight;
import io.actionsroi.roi.Highlights;
import io.actionsroi.roi.Measure;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.RoiResult;

/**
 * The Summary sheet, for a reader who opens the workbook without help: what the report covers, the
 * dashboard's headline figures, the highlights as answers, the data-quality counts and every figure over
 * all counted runs. Each line is a label, the value as a number or a date, and a note.
 */
final class SummarySheet {

    static final String NAME = "Summary";

    private static final int[] COLUMN_WIDTHS = {38, 20, 14, 14, 14, 20, 20};

    private final Sheet sheet;
    private final Cells cells;
    private final CellStyles styles;
    private int nextRow;

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
        SheetLayout.document(sheet, COLUMN_WIDTHS);
        cells.write(sheet.createRow(nextRow++), 0, "Actions ROI report", styles.title());

        section("Report");
        line("Report date", CellFormat.DATE, result.reportDate(), null);
        line("As of", CellFormat.DATE_TIME, result.asOf(),
                "the start of the day after the report date: runs created before it count");
        line("Time zone", CellFormat.TEXT, result.zone().getId(), "of every date and time in this workbook");
        line("Data source", CellFormat.TEXT, result.source(), null);
        line("Generated at", CellFormat.DATE_TIME, result.generatedAt(), null);
        line("Runs sheet", CellFormat.TEXT, runsWindow, null);

        headlines(result);
        highlights(result.highlights());

        section("Data quality");
        for (Map.Entry<String, Long> count : result.dataQuality().counts().entrySet()) {
            line(count.getKey(), CellFormat.COUNT, count.getValue(), null);
        }
        line(null, CellFormat.TEXT, null, "each case, entity by entity with its reason, is on the Data quality sheet");

        section("Every figure over all counted runs");
        Figures figures = result.totals().figures();
        for (Measure measure : Measure.values()) {
            line(measure.title(), CellFormat.of(measure.unit()), measure.of(figures), measure.key());
        }
    }

    /** Port's number charts first, as the dashboard shows them. */
    private void headlines(RoiResult result) {
        Figures figures = result.totals().figures();
        section("Headline figures");
        line("Total hours saved (lead time)", CellFormat.HOURS, figures.totalLeadTimeSavingsH(),
                "hours: the sum of every action's " + Measure.TOTAL_LEAD_TIME_SAVINGS_H.title());
        line("Total processing time saved (cycle time)", CellFormat.HOURS, figures.totalCycleTimeSavingsH(),
                "hours: the sum of every action's " + Measure.TOTAL_CYCLE_TIME_SAVINGS_H.title());
        line("Total time waiting for approval", CellFormat.HOURS, figures.totalWaitingTimeH(),
                "hours: the sum of every action's " + Measure.TOTAL_WAITING_TIME_H.title());
        line("Total runs", CellFormat.COUNT, figures.totalRuns(), null);
        line("Success rate", CellFormat.PERCENT, figures.successRate(), "of all runs");
        line("Runs in the last 7 days", CellFormat.COUNT, figures.weeklyTotalRuns(), null);
        line("Runs in the last 30 days", CellFormat.COUNT, figures.monthlyTotalRuns(), null);
        line("Actions", CellFormat.COUNT, result.totals().actions(), null);
        line("Actions with runs", CellFormat.COUNT, result.totals().actionsWithRuns(), null);
        MoneyValue money = result.totals().money();
        if (money != null) {
            String rate = String.format(Locale.ROOT, "%s, at %,.2f %s an hour", money.currency(), money.hourlyCost(),
                    money.currency());
            line("Value of the hours saved", CellFormat.MONEY, money.leadTimeSavingsValue(), rate);
            line("Value of the processing time saved", CellFormat.MONEY, money.cycleTimeSavingsValue(), rate);
        }
    }

    /** The dashboard's questions, answered in words, with the answer's figure beside them. */
    private void highlights(Highlights highlights) {
        section("Highlights");
        answer("Most run this week", CellFormat.COUNT, highlights.mostRunActionThisWeek(), SummarySheet::runs,
                "no run in the last 7 days");
        answer("Top action by hours saved", CellFormat.HOURS, highlights.topActionByLeadTimeSavings(),
                SummarySheet::hours, "no hours saved yet");
        answer("Top category by hours saved", CellFormat.HOURS, highlights.topCategoryByLeadTimeSavings(),
                SummarySheet::hours, "no hours saved yet");
    }

    private void answer(String question, CellFormat format, Highlight highlight, DoubleFunction<String> valueText,
            String none) {
        if (highlight == null) {
            line(question, format, null, none);
        } else {
            Row row = line(question, format, highlight.value(), null);
            cells.write(row, 2, CellFormat.ANSWER, highlight.name() + " (" + valueText.apply(highlight.value()) + ")");
        }
    }

    private static String runs(double count) {
        return Numbers.counted(Math.round(count), "run", "runs");
    }

    private static String hours(double hours) {
        return String.format(Locale.ROOT, "%,.1f h", hours);
    }

    private void section(String title) {
        nextRow++;
        cells.write(sheet.createRow(nextRow++), 0, title, styles.section());
    }

    private Row line(String label, CellFormat format, Object value, String note) {
        Row row = sheet.createRow(nextRow++);
        cells.write(row, 0, CellFormat.TEXT, label);
        cells.write(row, 1, format, value);
        cells.write(row, 2, CellFormat.NOTE, note);
        return row;
    }
}
