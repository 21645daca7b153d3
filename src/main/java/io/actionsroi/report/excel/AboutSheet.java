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
 * The About sheet: what the workbook covers, how each figure is computed (from {@link Measure} and
 * {@link PeriodMeasure}), the baselines, the trends, the adoption and the value, and the settings of the
 * run that made it.
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
        DocumentSheet about = new DocumentSheet(sheet, "About this workbook", cells, styles, COLUMN_WIDTHS);

        about.section("Reading this workbook");
        about.table(List.of(Column.text("Topic", Note::topic),
                new Column<>("Details", CellFormat.PARAGRAPH, Note::text)),
                notes(result, runsWindow, maxLinks, urlLeftWithoutLink));

        about.section("Figures over the runs");
        about.table(List.of(
                Column.text("Figure", Measure::title),
                new Column<>("How it is computed", CellFormat.PARAGRAPH, Measure::definition),
                Column.text("Port identifier", Measure::key),
                Column.text("Unit", measure -> measure.unit().name().toLowerCase(Locale.ROOT))),
                List.of(Measure.values()));

        about.section("Figures of a period, on the Trends sheet");
        about.table(List.of(
                Column.text("Figure", PeriodMeasure::label),
                new Column<>("How it is computed", CellFormat.PARAGRAPH, PeriodMeasure::definition),
                Column.text("Key in the JSON summary", PeriodMeasure::key),
                Column.text("Unit", measure -> measure.format().name().toLowerCase(Locale.ROOT))),
                List.of(PeriodMeasure.values()));

        about.section("Settings of this run");
        about.table(List.of(
                Column.text("Setting of this run", Map.Entry::getKey),
                new Column<>("Value", CellFormat.PARAGRAPH, Map.Entry::getValue)),
                List.copyOf(settings.entrySet()));
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
        notes.add(new Note("Trends sheet", "The last 24 hours, 7, 30 and 90 days, each against as long a period just"
                + " before it; like the windows, they have fixed lengths and the current one ends at the as-of"
                + " instant. Change is the figure less the one before, Change (%) that change in percent of the one"
                + " before (– when the one before is 0: there is nothing to compare with); a rate changes in"
                + " percentage points. Then the 12 weeks before the as-of instant and the 12 calendar months in "
                + zone + " up to the report date's, the last one ending at the as-of instant. A run counts in the"
                + " period it was created in."));
        notes.add(new Note("Adoption sheet", "Users and teams are Port's user and team entities (settings"
                + " port.schema.blueprints.user and port.schema.blueprints.team). User adoption is the active users of"
                + " the last 30 days per 100 users; team adoption, the teams with a run in the last 30 days per 100"
                + " teams. By team: Members are the users whose teams include it, Active members those of them who"
                + " ran any action in the last 30 days, whatever the run's team; Runs, Hours saved and Last run count"
                + " the runs whose primary team it is, Last run at any age. \"No run in 30 days\" marks the teams"
                + " that ran none. No Team gathers the runs without a team and has no members. When the users cannot"
                + " be read, the user figures and the members are empty, and the Data quality sheet says why."));
        notes.add(new Note("Value", "With report.hourly-cost set, the Summary values a year at the pace of the last"
                + " 90 days. Annualised hours saved = the hours saved (lead time) of the last 90 days x 365 / 90;"
                + " annualised value = that x the hourly cost x the attribution (report.value.attribution, the share"
                + " of the time saved credited to self-service); FTE equivalent = the annualised hours x the"
                + " attribution / the hours of a full-time person a year (report.value.fte-hours-per-year). With"
                + " report.value.platform-cost-per-year, net annual value = annualised value - platform cost, and"
                + " ROI = net annual value / platform cost x 100."));
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
