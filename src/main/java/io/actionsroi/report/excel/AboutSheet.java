package io.actionsroi.report.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;

import io.actionsroi.report.Numbers;
import io.actionsroi.report.json.SummaryJson;
import io.actionsroi.roi.Measure;
import io.actionsroi.roi.RoiResult;

/**
 * The About sheet: what the workbook covers, how each figure is computed (from {@link Measure}), the
 * baselines, and the settings of the run that made it.
 */
final class AboutSheet {

    static final String NAME = "About";

    private static final int[] COLUMN_WIDTHS = {36, CellFormat.PARAGRAPH.width(), 28, 10};

    private final Cells cells;
    private final CellStyles styles;

    AboutSheet(Cells cells, CellStyles styles) {
        this.cells = cells;
        this.styles = styles;
    }

    /**
     * @param runsWindow which runs the Runs sheet lists, in words
     * @param urlLeftWithoutLink whether a run URL was left as plain text, past the links a workbook keeps
     * @param settings the settings of this run, as given (already free of secrets)
     */
    void write(Sheet sheet, RoiResult result, String runsWindow, int maxLinks, boolean urlLeftWithoutLink,
            Map<String, String> settings) {
        SheetLayout.document(sheet, COLUMN_WIDTHS);
        cells.write(sheet.createRow(0), 0, "About this workbook", styles.title());

        Table<Note> notes = new Table<>(sheet, 2, List.of(Column.text("Topic", Note::topic),
                new Column<>("Details", CellFormat.PARAGRAPH, Note::text)), cells, styles);
        notes(result, runsWindow, maxLinks, urlLeftWithoutLink).forEach(notes::add);

        Table<Measure> measures = new Table<>(sheet, notes.lastRow() + 2, List.of(
                Column.text("Figure", Measure::title),
                new Column<>("How it is computed", CellFormat.PARAGRAPH, Measure::definition),
                Column.text("Port identifier", Measure::key),
                Column.text("Unit", measure -> measure.unit().name().toLowerCase(Locale.ROOT))), cells, styles);
        List.of(Measure.values()).forEach(measures::add);

        Table<Map.Entry<String, String>> settingsTable = new Table<>(sheet, measures.lastRow() + 2, List.of(
                Column.text("Setting of this run", Map.Entry::getKey),
                new Column<>("Value", CellFormat.PARAGRAPH, Map.Entry::getValue)), cells, styles);
        settings.entrySet().forEach(settingsTable::add);
    }

    private static List<Note> notes(RoiResult result, String runsWindow, int maxLinks, boolean urlLeftWithoutLink) {
        String zone = result.zone().getId();
        String asOf = Numbers.time(result.asOf(), result.zone());
        List<Note> notes = new ArrayList<>();
        notes.add(new Note("Report", "The report of " + result.reportDate() + " in " + zone + ": every figure counts"
                + " the runs created before the as-of instant, " + asOf + ", the start of the next day. A report made"
                + " again for that date has the same figures, as long as the data in Port did not change."));
        notes.add(new Note("Windows", "Daily, weekly and monthly figures (the runs \"in the last 7 days\", ...) count"
                + " the runs created in the 24 hours, 7 days and 30 days before the as-of instant."));
        notes.add(new Note("Baselines", "A successful run saves the difference between its action's baselines in"
                + " Port, Lead time before (h) and Cycle time before (h), and its own duration and cycle time. The"
                + " baselines are the actions' values when the report was generated, in the Actions sheet's columns of"
                + " those names; they are the properties named by"
                + " the settings port.schema.action.lead-time-before and port.schema.action.cycle-time-before."
                + " An action without a baseline saves nothing; a baseline of 0 gives negative savings, as in Port."
                + " Both cases are listed on the Data quality sheet."));
        notes.add(new Note("Per run", "Savings lead time (h) = (lead time before × 3600 − duration) / 3600, and"
                + " Savings cycle time (h) = (cycle time before × 3600 − cycle time) / 3600, for a successful run"
                + " only: empty otherwise, or when the action has no baseline. Primary Team and Primary User Group"
                + " are the first of the run's teams and user groups, or \"No Team\" and \"No Group\"."));
        String links = urlLeftWithoutLink ? String.format(Locale.ROOT, " Run URLs are links for the first %,d runs;"
                + " the other URLs are plain text, which keeps the workbook light.", maxLinks) : "";
        notes.add(new Note("Runs sheet", runsWindow + ": one row per run, continued on Runs (2), ..."
                + " past Excel's row limit." + links));
        notes.add(new Note("Numbers", "Every number is stored at full precision and shown rounded. Rates are"
                + " percentages from 0 to 100, as in Port: 93.5 means 93.5%. Dates and times are in " + zone + "."));
        notes.add(new Note("Same figures", "Every figure here is the one in the JSON summary "
                + SummaryJson.fileName(result.reportDate()) + " beside this workbook. The data came from "
                + result.source() + "."));
        return notes;
    }

    private record Note(String topic, String text) {
    }
}
