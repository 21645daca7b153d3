package io.actionsroi.report.excel;

import static io.actionsroi.report.excel.Workbooks.byLabel;
import static io.actionsroi.report.excel.Workbooks.dataRows;
import static io.actionsroi.report.excel.Workbooks.headers;
import static io.actionsroi.report.excel.Workbooks.rowOf;
import static io.actionsroi.report.excel.Workbooks.number;
import static io.actionsroi.report.excel.Workbooks.numberOrNull;
import static io.actionsroi.report.excel.Workbooks.range;
import static io.actionsroi.report.excel.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.actionsroi.DemoExport;
import io.actionsroi.report.Wording;
import io.actionsroi.report.json.SummaryJson;
import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.Measure;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.RunFacts;

/**
 * The workbook of the bundled demo export, read back with POI and compared with the JSON summary of the
 * same result: every figure, as a number.
 */
class ExcelReportTest {

    private static final Instant GENERATED_AT = Instant.parse("2026-10-01T06:00:00Z");
    private static final ExcelProperties PROPERTIES = new ExcelProperties(30);

    @TempDir
    static Path folder;

    private static RoiResult result;
    private static JsonNode json;
    private static List<RunFacts> runsInWindow;
    private static Map<String, String> settings;
    private static Path file;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void writeTheDemoWorkbook() {
        result = DemoExport.result(GENERATED_AT);
        json = JsonMapper.builder().build().readTree(SummaryJson.toJson(result));
        runsInWindow = DemoExport.countedRuns().stream()
                .filter(run -> PROPERTIES.runsWindow(result.asOf()).test(run.createdAt()))
                .toList();
        settings = new LinkedHashMap<>();
        settings.put("report.date", "2026-09-30");
        settings.put("report.excel.runs-window-days", "30");
        settings.put("port.export-dir", "demo/port-export");
        file = folder.resolve("2026-09-30").resolve(ExcelReport.fileName(result.reportDate()));

        new ExcelReport(PROPERTIES).write(result, runsInWindow.iterator(), settings, file);

        workbook = Workbooks.open(file);
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    @Test
    void namesTheFileAfterTheReportDateAndOrdersTheSheets() {
        assertThat(ExcelReport.fileName(LocalDate.of(2026, 9, 30))).isEqualTo("actions-roi-2026-09-30.xlsx");
        assertThat(file.getParent()).isDirectoryContaining(path -> path.equals(file));
        assertThat(StreamSupport.stream(workbook.spliterator(), false).map(Sheet::getSheetName)).containsExactly(
                "Summary", "Trends", "Adoption", "Actions", "Categories", "Teams", "User groups", "Runs", "Data quality",
                "About");
    }

    @Test
    void summaryShowsTheHeadlineFiguresOfTheJsonAsNumbers() {
        Map<String, Row> summary = byLabel(workbook.getSheet("Summary"));
        JsonNode totals = json.get("totals");
        Map<String, String> headlines = Map.of(
                "Total hours saved (lead time)", "total_lead_time_savings_h",
                "Total processing time saved (cycle time)", "total_cycle_time_savings_h",
                "Total time waiting for approval", "total_waiting_time_h",
                "Total runs", "total_runs",
                "Success rate", "success_rate",
                "Runs in the last 7 days", "weekly_total_runs",
                "Actions", "actions",
                "Actions with runs", "actions_with_runs");

        headlines.forEach((label, key) ->
                assertThat(number(summary.get(label), 1)).as(label).isEqualTo(totals.get(key).asDouble()));
        // The last 30 days, those of periods.month.current, beside the totals.
        Map<String, Integer> headers = headers(workbook.getSheet("Summary"), rowOf(workbook.getSheet("Summary"), "Figure"));
        JsonNode month = json.get("periods").get("month").get("current");
        Map.of("Total hours saved (lead time)", "lead_time_savings_h",
                "Total processing time saved (cycle time)", "cycle_time_savings_h",
                "Total time waiting for approval", "waiting_time_h",
                "Total runs", "total_runs",
                "Success rate", "success_rate",
                "Active users", "active_users").forEach((label, key) ->
                assertThat(number(summary.get(label), headers.get("Last 30 days"))).as(label)
                        .isEqualTo(month.get(key).asDouble()));
        assertThat(number(summary.get("Total runs"), headers.get("Last 30 days")))
                .isEqualTo(totals.get("monthly_total_runs").asDouble());
        assertThat(summary.get("Report date").getCell(1).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.parse(json.get("reportDate").asString()));
        assertThat(summary.get("As of").getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 10, 1, 0, 0));
        assertThat(summary.get("Generated at").getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 10, 1, 6, 0));
        assertThat(text(summary.get("Time zone"), 1)).isEqualTo(json.get("zone").asString());
        assertThat(text(summary.get("Data source"), 1)).isEqualTo(json.get("source").asString());
        assertThat(text(summary.get("Runs sheet"), 1)).contains("30 days before the as-of instant");
    }

    @Test
    void summaryListsEveryTotalFigureUnderItsPortIdentifier() {
        Map<String, Row> byKey = new LinkedHashMap<>();
        for (Row row : workbook.getSheet("Summary")) {
            Cell note = row.getCell(2);
            if (note != null && note.getCellType() == CellType.STRING) {
                byKey.putIfAbsent(note.getStringCellValue(), row);
            }
        }

        for (Measure measure : Measure.values()) {
            Row row = byKey.get(measure.key());
            assertThat(row).as(measure.key()).isNotNull();
            assertThat(text(row, 0)).isEqualTo(measure.title());
            assertThat(number(row, 1)).as(measure.key()).isEqualTo(json.get("totals").get(measure.key()).asDouble());
        }
    }

    @Test
    void summaryAnswersTheHighlightsAndCountsTheDataQuality() {
        Map<String, Row> summary = byLabel(workbook.getSheet("Summary"));
        JsonNode highlights = json.get("highlights");

        Map.of("Most run this week", "most_run_action_this_week",
                "Action that saved the most hours", "top_action_by_lead_time_savings",
                "Category that saved the most hours", "top_category_by_lead_time_savings").forEach((label, key) -> {
            assertThat(number(summary.get(label), 1)).as(label).isEqualTo(highlights.get(key).get("value").asDouble());
            assertThat(text(summary.get(label), 2)).startsWith(highlights.get(key).get("title").asString() + " (");
        });
        assertThat(text(summary.get("Most run this week"), 2))
                .isEqualTo(highlights.get("most_run_action_this_week").get("title").asString() + " ("
                        + highlights.get("most_run_action_this_week").get("value").asLong() + " runs).");
        assertThat(text(summary.get("Action that saved the most hours"), 2)).isEqualTo(String.format(Locale.ENGLISH,
                "%s (%,.1f h).", highlights.get("top_action_by_lead_time_savings").get("title").asString(),
                highlights.get("top_action_by_lead_time_savings").get("value").asDouble()));
        JsonNode counts = json.get("dataQuality").get("counts");
        assertThat(counts.size()).isEqualTo(IssueKind.values().length);
        for (IssueKind kind : IssueKind.values()) {
            Row row = summary.get(Wording.dataQualityCase(kind).what());
            assertThat(number(row, 1)).as(kind.key()).isEqualTo(counts.get(kind.key()).asDouble());
            assertThat(text(row, 2)).isEqualTo(Wording.dataQualityCase(kind).effect());
        }
    }

    @Test
    void trendsTabulateTheRunsPerWeekByStatus() {
        XSSFSheet trends = workbook.getSheet("Trends");
        int headerRow = rowOf(trends, "Week");
        Map<String, Integer> headers = headers(trends, headerRow);
        JsonNode weeks = json.get("runsPerWeek");

        assertThat(weeks.size()).isEqualTo(12);
        for (int i = 0; i < weeks.size(); i++) {
            Row row = trends.getRow(headerRow + 1 + i);
            JsonNode week = weeks.get(i);
            assertThat(number(row, headers.get("Successful"))).isEqualTo(week.get("successful").asDouble());
            assertThat(number(row, headers.get("Failed"))).isEqualTo(week.get("failed").asDouble());
            assertThat(number(row, headers.get("In progress"))).isEqualTo(week.get("in_progress").asDouble());
            assertThat(number(row, headers.get("Other"))).isEqualTo(week.get("other").asDouble());
            assertThat(number(row, headers.get("Hours saved (lead time)"))).isEqualTo(week.get("lead_time_savings_h").asDouble());
            assertThat(number(row, headers.get("Active users"))).isEqualTo(week.get("active_users").asDouble());
            assertThat(row.getCell(headers.get("From")).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.ofInstant(Instant.parse(week.get("start").asString()), result.zone()));
        }
        assertThat(text(trends.getRow(headerRow + 12), 0)).isEqualTo("24 Sep – 30 Sep");
    }

    @Test
    void actionsSheetHoldsEveryColumnOfTheJsonActionsSortedByLeadTimeSavings() {
        XSSFSheet sheet = workbook.getSheet("Actions");
        Map<String, Integer> headers = headers(sheet, 0);
        Map<String, JsonNode> actions = byField(json.get("actions"), "identifier");
        List<Row> rows = dataRows(sheet);

        assertThat(headers.keySet()).containsAll(Arrays.stream(Measure.values()).map(Measure::title).toList());
        assertThat(headers).containsEntry("Action", 0).containsEntry("Category", 1).containsEntry("Criticality", 2);
        assertThat(rows).hasSize(actions.size());
        for (Row row : rows) {
            JsonNode action = actions.get(text(row, headers.get("Identifier")));
            assertThat(text(row, headers.get("Action"))).isEqualTo(action.get("title").asString());
            assertThat(text(row, headers.get("Category"))).isEqualTo(textOrNull(action, "category"));
            assertThat(text(row, headers.get("Category identifier"))).isEqualTo(textOrNull(action, "category_id"));
            assertThat(text(row, headers.get("Criticality"))).isEqualTo(textOrNull(action, "criticality"));
            assertThat(numberOrNull(row, headers.get("Lead time before (h)"))).isEqualTo(jsonNumberOrNull(action, "lead_time_before_h"));
            assertThat(numberOrNull(row, headers.get("Cycle time before (h)"))).isEqualTo(jsonNumberOrNull(action, "cycle_time_before_h"));
            assertEveryFigure(row, headers, action);
        }
        List<String> expectedOrder = result.actions().stream()
                .sorted(Comparator.comparingDouble((ActionFigures action) -> -action.figures().totalLeadTimeSavingsH())
                        .thenComparing(ActionFigures::identifier))
                .map(ActionFigures::identifier).toList();
        assertThat(rows).extracting(row -> text(row, headers.get("Identifier"))).containsExactlyElementsOf(expectedOrder);
    }

    @Test
    void rollupSheetsHoldTheJsonRollups() {
        Map<String, String> sheets = Map.of("Categories", "categories", "Teams", "teams", "User groups", "userGroups");

        sheets.forEach((sheetName, jsonField) -> {
            XSSFSheet sheet = workbook.getSheet(sheetName);
            Map<String, Integer> headers = headers(sheet, 0);
            Map<String, JsonNode> rollups = byField(json.get(jsonField), "key");
            List<Row> rows = dataRows(sheet);
            assertThat(rows).as(sheetName).hasSize(rollups.size());
            for (Row row : rows) {
                JsonNode rollup = rollups.get(text(row, 1));
                assertThat(text(row, 0)).isEqualTo(rollup.get("title").asString());
                assertEveryFigure(row, headers, rollup);
            }
        });
    }

    @Test
    void everyTableHasAFrozenStyledHeaderAnAutofilterAndNumberFormats() {
        for (String name : List.of("Actions", "Categories", "Teams", "User groups", "Runs", "Data quality")) {
            XSSFSheet sheet = workbook.getSheet(name);
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name)
                    .startsWith("A1:").endsWith(String.valueOf(sheet.getLastRowNum() + 1));
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).as(name).isTrue();
        }
        XSSFSheet actions = workbook.getSheet("Actions");
        Map<String, Integer> headers = headers(actions, 0);
        Row first = actions.getRow(1);
        assertThat(format(first, headers.get(Measure.TOTAL_LEAD_TIME_SAVINGS_H.title()))).isEqualTo("#,##0.0");
        assertThat(format(first, headers.get(Measure.SUCCESS_RATE.title()))).isEqualTo("0.0\"%\"");
        assertThat(format(first, headers.get(Measure.TOTAL_RUNS.title()))).isEqualTo("#,##0");
        assertThat(actions.getColumnWidth(headers.get("Action"))).isBetween(10 * 256, 60 * 256);
        Row run = workbook.getSheet("Runs").getRow(1);
        assertThat(format(run, headers(workbook.getSheet("Runs"), 0).get("Created At (UTC)"))).isEqualTo("yyyy-mm-dd hh:mm:ss");
    }

    @Test
    void runsSheetListsEveryRunOfTheWindowWithItsLink() {
        XSSFSheet sheet = workbook.getSheet("Runs");
        Map<String, Integer> headers = headers(sheet, 0);
        Map<String, RunFacts> runs = runsInWindow.stream().collect(Collectors.toMap(RunFacts::runId, Function.identity()));
        Map<String, JsonNode> actions = byField(json.get("actions"), "identifier");
        List<Row> rows = dataRows(sheet);

        assertThat(rows).hasSize(runsInWindow.size());
        assertThat((long) rows.size()).isEqualTo(json.get("totals").get("monthly_total_runs").asLong());
        // So that the links checked below are not none at all.
        assertThat(sheet.getHyperlinkList()).isNotEmpty().hasSize((int) runsInWindow.stream()
                .filter(run -> run.runUrl() != null && run.runUrl().startsWith("https://")).count());
        for (Row row : rows) {
            RunFacts run = runs.get(text(row, headers.get("Run ID")));
            JsonNode action = actions.get(run.actionId());
            assertThat(text(row, headers.get("Action"))).isEqualTo(action.get("title").asString());
            assertThat(text(row, headers.get("Category"))).isEqualTo(textOrNull(action, "category"));
            assertThat(text(row, headers.get("Action identifier"))).isEqualTo(run.actionId());
            assertThat(text(row, headers.get("Status"))).isEqualTo(run.status());
            assertThat(row.getCell(headers.get("Created At (UTC)")).getLocalDateTimeCellValue())
                    .isCloseTo(LocalDateTime.ofInstant(run.createdAt(), result.zone()), within(1, ChronoUnit.MILLIS));
            assertThat(numberOrNull(row, headers.get("Duration (s)"))).isEqualTo(run.durationSeconds());
            assertThat(numberOrNull(row, headers.get("Waiting for approval duration (s)"))).isEqualTo(run.waitingForApprovalSeconds());
            assertThat(numberOrNull(row, headers.get("Cycle Time (s)"))).isEqualTo(run.cycleTimeSeconds());
            assertThat(numberOrNull(row, headers.get("Savings lead time (h)"))).isEqualTo(run.savingsLeadTimeH());
            assertThat(numberOrNull(row, headers.get("Savings cycle time (h)"))).isEqualTo(run.savingsCycleTimeH());
            assertThat(text(row, headers.get("Primary Team"))).isEqualTo(run.primaryTeam());
            assertThat(text(row, headers.get("Primary User Group"))).isEqualTo(run.primaryUserGroup());
            assertThat(text(row, headers.get("Run URL"))).isEqualTo(run.runUrl());
            Cell url = row.getCell(headers.get("Run URL"));
            if (run.runUrl() != null && run.runUrl().startsWith("https://")) {
                assertThat(url.getHyperlink().getType()).isEqualTo(HyperlinkType.URL);
                assertThat(url.getHyperlink().getAddress()).isEqualTo(run.runUrl());
            }
        }
    }

    @Test
    void chartsOnTheSummaryAreBoundToTheTablesTheyShow() {
        List<XSSFChart> charts = workbook.getSheet("Summary").getDrawingPatriarch().getCharts();
        int categories = json.get("categories").size();
        Map<String, Integer> categoryHeaders = headers(workbook.getSheet("Categories"), 0);
        Map<String, Integer> actionHeaders = headers(workbook.getSheet("Actions"), 0);
        int weekHeader = rowOf(workbook.getSheet("Trends"), "Week") + 1;

        assertThat(charts).extracting(chart -> chart.getTitleText().getString()).containsExactly(
                "Hours saved by category", "Top 10 actions by hours saved (lead time)", "Runs per week by status");

        List<XDDFChartData.Series> byCategory = series(charts.get(0));
        assertThat(byCategory).extracting(s -> s.getCategoryData().getDataRangeReference())
                .containsOnly("Categories!$A$2:$A$" + (categories + 1));
        assertThat(byCategory).extracting(s -> s.getValuesData().getDataRangeReference()).containsExactly(
                range("Categories", categoryHeaders.get(Measure.TOTAL_LEAD_TIME_SAVINGS_H.title()), 2, categories + 1),
                range("Categories", categoryHeaders.get(Measure.TOTAL_CYCLE_TIME_SAVINGS_H.title()), 2, categories + 1));

        XDDFChartData.Series topTen = series(charts.get(1)).get(0);
        assertThat(topTen.getCategoryData().getDataRangeReference()).isEqualTo("Actions!$A$2:$A$11");
        assertThat(topTen.getValuesData().getDataRangeReference())
                .isEqualTo(range("Actions", actionHeaders.get(Measure.TOTAL_LEAD_TIME_SAVINGS_H.title()), 2, 11));
        List<Double> topTenSavings = result.actions().stream()
                .map(action -> action.figures().totalLeadTimeSavingsH())
                .sorted(Comparator.reverseOrder()).limit(10).toList();
        assertThat(topTen.getValuesData().getPointCount()).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            assertThat(topTen.getValuesData().getPointAt(i).doubleValue()).isEqualTo(topTenSavings.get(i));
        }

        List<XDDFChartData.Series> byStatus = series(charts.get(2));
        assertThat(byStatus).extracting(s -> s.getCategoryData().getDataRangeReference())
                .containsOnly(range("Trends", 0, weekHeader + 1, weekHeader + 12));
        assertThat(byStatus).extracting(s -> s.getValuesData().getDataRangeReference()).containsExactly(
                range("Trends", 1, weekHeader + 1, weekHeader + 12), range("Trends", 2, weekHeader + 1, weekHeader + 12),
                range("Trends", 3, weekHeader + 1, weekHeader + 12), range("Trends", 4, weekHeader + 1, weekHeader + 12));
    }

    @Test
    void titlesAreTextExactlyAsInTheJsonAndNoCellIsAFormula() {
        XSSFSheet actions = workbook.getSheet("Actions");
        List<String> titles = new ArrayList<>();
        json.get("actions").forEach(action -> titles.add(action.get("title").asString()));

        assertThat(dataRows(actions)).extracting(row -> text(row, 0)).containsExactlyInAnyOrderElementsOf(titles);
        assertThat(titles).contains("Créer un bucket S3 — équipe Zürich", "Деплой в прод", "创建开发环境",
                "=HYPERLINK(\"http://x\",\"y\")", "<script>alert(1)</script> Purge cache");
        Cell formulaLooking = cellWithText(actions, "=HYPERLINK(\"http://x\",\"y\")");
        assertThat(formulaLooking.getCellType()).isEqualTo(CellType.STRING);
        assertThat(formulaLooking.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(cellWithText(actions, "创建开发环境").getCellStyle().getQuotePrefixed()).isFalse();
        assertThat(cellWithText(workbook.getSheet("Runs"), "=HYPERLINK(\"http://x\",\"y\")").getCellType())
                .isEqualTo(CellType.STRING);
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void dataQualitySheetListsEveryEntityWithItsReason() {
        XSSFSheet sheet = workbook.getSheet("Data quality");
        List<Row> rows = dataRows(sheet);
        JsonNode items = json.get("dataQuality").get("items");

        assertThat(rows).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(text(rows.get(i), 0)).isEqualTo(items.get(i).get("kind").asString());
            assertThat(text(rows.get(i), 1)).isEqualTo(items.get(i).get("blueprint").asString());
            assertThat(text(rows.get(i), 2)).isEqualTo(items.get(i).get("identifier").asString());
            assertThat(text(rows.get(i), 3)).isEqualTo(items.get(i).get("reason").asString());
        }
    }

    @Test
    void aboutSheetDefinesEveryFigureAndListsTheSettingsAsGiven() {
        Map<String, Row> about = byLabel(workbook.getSheet("About"));

        for (Measure measure : Measure.values()) {
            assertThat(text(about.get(measure.title()), 1)).isEqualTo(measure.definition());
            assertThat(text(about.get(measure.title()), 2)).isEqualTo(measure.key());
        }
        settings.forEach((name, value) -> assertThat(text(about.get(name), 1)).isEqualTo(value));
        assertThat(text(about.get("Report"), 1)).contains("created before the as-of instant, 2026-10-01 00:00 UTC,");
        assertThat(text(about.get("Baselines"), 1)).contains("Lead time before (h)", "Cycle time before (h)");
        assertThat(text(about.get("Runs sheet"), 1)).contains("30 days before the as-of instant")
                .doesNotContain("links for the first");
        assertThat(text(about.get("Numbers"), 1)).contains("93.5 means 93.5%");
        assertThat(text(about.get("Trends sheet"), 1)).contains("12 calendar months in UTC", "percentage points");
        assertThat(text(about.get("Adoption sheet"), 1)).contains("No run in 30 days");
        assertThat(text(about.get("Value"), 1)).contains("x 365 / 90", "report.value.attribution");
        for (PeriodMeasure measure : PeriodMeasure.values()) {
            Row row = about.get(measure.label());
            assertThat(text(row, 1)).isEqualTo(measure.definition());
            assertThat(text(row, 2)).isEqualTo(measure.key());
            assertThat(json.get("periods").get("month").get("current").has(measure.key())).as(measure.key()).isTrue();
        }
    }

    private static void assertEveryFigure(Row row, Map<String, Integer> headers, JsonNode expected) {
        for (Measure measure : Measure.values()) {
            assertThat(number(row, headers.get(measure.title())))
                    .as(measure.key() + " of " + expected.get(expected.has("identifier") ? "identifier" : "key"))
                    .isEqualTo(expected.get(measure.key()).asDouble());
        }
    }

    private static Double jsonNumberOrNull(JsonNode node, String field) {
        return node.get(field).isNull() ? null : node.get(field).asDouble();
    }

    private static String format(Row row, int column) {
        return row.getCell(column).getCellStyle().getDataFormatString();
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.get(field).isNull() ? null : node.get(field).asString();
    }

    private static Map<String, JsonNode> byField(JsonNode array, String field) {
        Map<String, JsonNode> byField = new LinkedHashMap<>();
        array.forEach(node -> byField.put(node.get(field).asString(), node));
        return byField;
    }

    private static List<XDDFChartData.Series> series(XSSFChart chart) {
        XDDFChartData data = chart.getChartSeries().get(0);
        List<XDDFChartData.Series> series = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            series.add(data.getSeries(i));
        }
        return series;
    }

    private static Cell cellWithText(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("No cell holds " + text + " on " + sheet.getSheetName());
    }
}
