package io.actionsroi.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.actionsroi.report.AtomicFile;
import io.actionsroi.report.Numbers;
import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.DataQualityIssue;
import io.actionsroi.roi.Measure;
import io.actionsroi.roi.MonthOfRuns;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.Rollup;
import io.actionsroi.roi.RunFacts;
import io.actionsroi.roi.WeekOfRuns;

/**
 * The Excel workbook {@code actions-roi-<D>.xlsx}: the figures of a {@link RoiResult} on the Summary,
 * Trends, Adoption, Actions, Categories, Teams and User groups sheets with native charts, the runs of a
 * window on the Runs sheets, the data-quality list, and an About sheet. It renders the result and
 * recomputes nothing.
 *
 * <p>The small sheets and the charts are built in memory; the workbook is then streamed, so that the
 * Runs sheets pass through a window of rows (in temporary files, removed afterwards) and
 * memory stays flat whatever the number of runs.
 */
public final class ExcelReport {

    /** Excel's rows per sheet, less the header. */
    static final int EXCEL_RUNS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    /** Run URLs written as links, at about 2 KB of memory each until the workbook is written. */
    static final int MAX_LINKS = 10_000;

    private static final int ROWS_IN_MEMORY = 100;
    private static final PresetColor LEAD_TIME_COLOUR = PresetColor.STEEL_BLUE;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExcelProperties properties;
    private final int runsPerSheet;
    private final int maxLinks;

    public ExcelReport(ExcelProperties properties) {
        this(properties, EXCEL_RUNS_PER_SHEET, MAX_LINKS);
    }

    /** With fewer runs per sheet or links than Excel's, for tests. */
    ExcelReport(ExcelProperties properties, int runsPerSheet, int maxLinks) {
        this.properties = properties;
        this.runsPerSheet = runsPerSheet;
        this.maxLinks = maxLinks;
    }

    /** The workbook's file name for a report date. */
    public static String fileName(LocalDate reportDate) {
        return "actions-roi-" + reportDate + ".xlsx";
    }

    /**
     * Writes the workbook atomically: the file appears complete or not at all.
     *
     * @param runsInWindow the counted runs of the window of {@link ExcelProperties#runsWindowDays()} before
     *     the as-of instant, already filtered; consumed once, row by row, never held
     * @param settings the settings of the run for the About sheet, in order, already free of secrets
     * @throws java.io.UncheckedIOException naming the file when it cannot be written
     */
    public void write(RoiResult result, Iterator<RunFacts> runsInWindow, Map<String, String> settings, Path target) {
        AtomicFile.write(target, out -> write(result, runsInWindow, settings, out));
    }

    private void write(RoiResult result, Iterator<RunFacts> runs, Map<String, String> settings, OutputStream out)
            throws IOException {
        String runsWindow = runsWindow(result);
        // Built in memory (no temporary file): nothing to release if building it fails.
        XSSFWorkbook figures = new XSSFWorkbook();
        figures.getProperties().getCoreProperties().setTitle("Actions ROI report " + result.reportDate());
        CellStyles styles = new CellStyles(figures);
        Cells cells = new Cells(styles, result.zone(), figures.getCreationHelper(), maxLinks);
        writeFigures(figures, result, runsWindow, cells, styles);

        try (SXSSFWorkbook workbook = new StreamedWorkbook(figures)) {
            try {
                new RunsSheets(workbook, cells, styles, result.zone(), result.actions(), runsPerSheet).write(runs);
                writeDataQuality(workbook.createSheet("Data quality"), result.dataQuality().items(), cells, styles);
                new AboutSheet(cells, styles).write(workbook.createSheet(AboutSheet.NAME), result, runsWindow,
                        maxLinks, cells.urlLeftWithoutLink(), settings);
                workbook.write(out);
            }
            finally {
                // Deletes the temporary files. close() does too (POI 5), but when the workbook was not
                // written it first logs a misleading warning per sheet; after dispose() it has nothing to do.
                workbook.dispose();
            }
        }
    }

    /**
     * The Summary, Trends and Adoption sheets, the figures' sheets, and the charts on the Summary and the
     * Trends sheet, bound to those sheets' cells.
     */
    private static void writeFigures(XSSFWorkbook workbook, RoiResult result, String runsWindow, Cells cells,
            CellStyles styles) {
        XSSFSheet summary = workbook.createSheet(SummarySheet.NAME);
        XSSFSheet trendsSheet = workbook.createSheet(TrendsSheet.NAME);
        new AdoptionSheet(cells, styles).write(workbook.createSheet(AdoptionSheet.NAME), result);
        FigureSheets figureSheets = new FigureSheets(cells, styles);
        Table<ActionFigures> actions = figureSheets.actions(workbook.createSheet("Actions"), result.actions());
        Table<Rollup> categories = figureSheets.rollups(workbook.createSheet("Categories"), "Category",
                "Category identifier", result.categories());
        figureSheets.rollups(workbook.createSheet("Teams"), "Team", "Team identifier", result.teams());
        figureSheets.rollups(workbook.createSheet("User groups"), "User group", "Key", result.userGroups());
        new SummarySheet(summary, cells, styles).write(result, runsWindow);
        TrendsSheet.Tables trends = new TrendsSheet(cells, styles).write(trendsSheet, result);

        String leadTime = Measure.TOTAL_LEAD_TIME_SAVINGS_H.title();
        Charts charts = new Charts(summary, 8, 1);
        charts.ranking("Hours saved by category", categories.column("Category"),
                List.of(categories.column(leadTime), categories.column(Measure.TOTAL_CYCLE_TIME_SAVINGS_H.title())),
                List.of(LEAD_TIME_COLOUR, PresetColor.LIGHT_SKY_BLUE));
        charts.ranking("Top 10 actions by hours saved (lead time)", actions.column(FigureSheets.ACTION).first(10),
                List.of(actions.column(leadTime).first(10)), List.of(LEAD_TIME_COLOUR));
        Table<WeekOfRuns> weeks = trends.weeks();
        charts.stackedColumns("Runs per week by status", weeks.column(TrendsSheet.WEEK),
                TrendsSheet.WEEK_STATUSES.stream().map(weeks::column).toList(),
                List.of(PresetColor.SEA_GREEN, PresetColor.INDIAN_RED, PresetColor.LIGHT_GRAY, PresetColor.GOLDENROD));

        Table<MonthOfRuns> months = trends.months();
        Charts trendCharts = new Charts(trendsSheet, TrendsSheet.CHARTS_COLUMN, 1);
        trendCharts.columns("Hours saved per month (lead time)", months.column(TrendsSheet.MONTH),
                List.of(months.column(PeriodMeasure.LEAD_TIME_SAVINGS_H.label())), List.of(LEAD_TIME_COLOUR));
        trendCharts.columns("Runs per month", months.column(TrendsSheet.MONTH),
                List.of(months.column(PeriodMeasure.TOTAL_RUNS.label())), List.of(PresetColor.SEA_GREEN));
        trendCharts.lines("Active users per week", weeks.column(TrendsSheet.WEEK),
                List.of(weeks.column(PeriodMeasure.ACTIVE_USERS.label())), List.of(PresetColor.DARK_ORANGE));
    }

    private static void writeDataQuality(Sheet sheet, List<DataQualityIssue> items, Cells cells, CellStyles styles) {
        Table<DataQualityIssue> table = new Table<>(sheet, 0, List.of(
                Column.text("Case", issue -> issue.kind().key()),
                Column.text("Blueprint", DataQualityIssue::blueprint),
                Column.text("Identifier", DataQualityIssue::identifier),
                Column.text("Reason", DataQualityIssue::reason)), cells, styles);
        items.forEach(table::add);
        table.fillSheet(0);
    }

    /**
     * The workbook streamed through uncompressed temporary files, so that its rows are deflated once, into
     * the file, rather than twice; and at the fastest level, which deflates in about half the default's
     * time for a file about a fifth larger (bench/results/2026-12-07-speed.md).
     */
    private static final class StreamedWorkbook extends SXSSFWorkbook {

        StreamedWorkbook(XSSFWorkbook figures) {
            super(figures, ROWS_IN_MEMORY, false);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    /** Which runs the Runs sheet lists, in words. */
    private String runsWindow(RoiResult result) {
        String asOf = Numbers.time(result.asOf(), result.zone());
        if (properties.allRuns()) {
            return "Every counted run created before the as-of instant, " + asOf;
        }
        String from = MINUTES.format(LocalDateTime.ofInstant(properties.windowStart(result.asOf()), result.zone()));
        return "The counted runs created in the " + properties.runsWindowDays() + " days before the as-of instant,"
                + " from " + from + " to " + asOf + " (setting report.excel.runs-window-days)";
    }
}
