package io.actionsroi.report.excel;

import static io.actionsroi.report.excel.Workbooks.byLabel;
import static io.actionsroi.report.excel.Workbooks.font;
import static io.actionsroi.report.excel.Workbooks.headers;
import static io.actionsroi.report.excel.Workbooks.number;
import static io.actionsroi.report.excel.Workbooks.rowOf;
import static io.actionsroi.report.excel.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.actionsroi.roi.BusinessValue;
import io.actionsroi.roi.Highlights;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.PeriodFigures;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.SyntheticTrends;

class SummarySheetTest {

    private static final String LAST_30_DAYS = "Last 30 days";
    private static final String CHANGE = "Change vs the 30 days before";

    @TempDir
    Path folder;

    @Test
    void pricesTheHoursSavedWhenAnHourlyCostIsSet() throws IOException {
        MoneyValue money = new MoneyValue(80.0, "EUR", 80_000.0, 40_000.0);

        try (XSSFWorkbook workbook = write(ReportFixture.withActionTitles(List.of("Create S3 bucket"), money))) {
            XSSFSheet sheet = workbook.getSheet("Summary");
            Map<String, Row> summary = byLabel(sheet);
            int note = headers(sheet, rowOf(sheet, "Figure")).get("Note");
            assertThat(summary.get("Value of the hours saved").getCell(1).getNumericCellValue()).isEqualTo(80_000.0);
            assertThat(summary.get("Value of the processing time saved").getCell(1).getNumericCellValue())
                    .isEqualTo(40_000.0);
            assertThat(text(summary.get("Value of the hours saved"), note)).isEqualTo("EUR, at 80.00 EUR an hour");
        }
    }

    @Test
    void leavesMoneyOutWithoutAnHourlyCost() throws IOException {
        try (XSSFWorkbook workbook = write(ReportFixture.withActionTitles(List.of("Create S3 bucket")))) {
            Map<String, Row> summary = byLabel(workbook.getSheet("Summary"));
            assertThat(summary).doesNotContainKey("Value of the hours saved").doesNotContainKey("Annualised value");
            assertThat(text(summary.get("What is it worth?"), 1)).startsWith("Set report.hourly-cost");
        }
    }

    @Test
    void headlineFiguresShowTheLast30DaysAndTheirChangeColouredByWhetherItIsGoodNews() throws IOException {
        RoiResult result = ReportFixture.withActionTitles(List.of("Create S3 bucket"));
        PeriodFigures month = result.periods().month().current();

        try (XSSFWorkbook workbook = write(result)) {
            XSSFSheet sheet = workbook.getSheet("Summary");
            Map<String, Row> summary = byLabel(sheet);
            Map<String, Integer> headers = headers(sheet, rowOf(sheet, "Figure"));
            int last30Days = headers.get(LAST_30_DAYS);
            int change = headers.get(CHANGE);

            assertThat(number(summary.get("Total hours saved (lead time)"), last30Days)).isEqualTo(month.leadTimeSavingsH());
            assertThat(number(summary.get("Total processing time saved (cycle time)"), last30Days))
                    .isEqualTo(month.cycleTimeSavingsH());
            assertThat(number(summary.get("Total time waiting for approval"), last30Days)).isEqualTo(month.waitingTimeH());
            assertThat(number(summary.get("Total runs"), last30Days)).isEqualTo(month.totalRuns());
            assertThat(number(summary.get("Success rate"), last30Days)).isEqualTo(month.successRate());
            assertThat(number(summary.get("Active users"), last30Days)).isEqualTo(month.activeUsers());
            // The fixture's 30 days run 1.25 times as much as the 30 days before.
            assertThat(text(summary.get("Total hours saved (lead time)"), change)).isEqualTo("▲ 25.0%");
            assertThat(font(summary.get("Total hours saved (lead time)"), change).getColor())
                    .isEqualTo(IndexedColors.GREEN.getIndex());
            assertThat(text(summary.get("Total time waiting for approval"), change)).isEqualTo("▲ 25.0%");
            assertThat(font(summary.get("Total time waiting for approval"), change).getColor())
                    .isEqualTo(IndexedColors.RED.getIndex());
            assertThat(text(summary.get("Total runs"), change)).isEqualTo("▲ 25.0%");
            // 1,012 of 1,125 runs successful, against 810 of 900: a rate changes in points.
            assertThat(text(summary.get("Success rate"), change)).isEqualTo("▼ 0.0 pts");
            assertThat(font(summary.get("Success rate"), change).getColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(text(summary.get("Active users"), change)).isEqualTo("▲ 24.9%");
            // A total without a period has no change.
            assertThat(summary.get("Actions").getCell(last30Days)).isNull();
            assertThat(summary.get("Actions").getCell(change)).isNull();
        }
    }

    @Test
    void noChangeIsNeitherGoodNorBadNews() throws IOException {
        RoiResult result = ReportFixture.withActionTitles(List.of("Create S3 bucket"));

        try (XSSFWorkbook workbook = write(ReportFixture.withTrends(result, SyntheticTrends.none(ReportFixture.AS_OF),
                result.adoption(), null))) {
            XSSFSheet sheet = workbook.getSheet("Summary");
            int change = headers(sheet, rowOf(sheet, "Figure")).get(CHANGE);
            Row hoursSaved = byLabel(sheet).get("Total hours saved (lead time)");
            assertThat(text(hoursSaved, change)).isEqualTo("no change");
            assertThat(font(hoursSaved, change).getBold()).isFalse();
        }
    }

    @Test
    void valuesAYearAtTheLastQuartersPaceWithThePlatformsCost() throws IOException {
        RoiResult result = ReportFixture.withActionTitles(List.of("Create S3 bucket"));
        BusinessValue value = new BusinessValue(80.0, "EUR", 0.75, 1_600.0, 2_000.0, 120_000.0, 0.9375,
                new BusinessValue.PlatformReturn(100_000.0, 20_000.0, 20.0));

        try (XSSFWorkbook workbook = write(ReportFixture.withTrends(result, result.periods(), result.adoption(), value))) {
            Map<String, Row> summary = byLabel(workbook.getSheet("Summary"));
            assertThat(rowOf(workbook.getSheet("Summary"), "Value of a year at the pace of the last 90 days")).isPositive();
            assertThat(number(summary.get("Hourly cost"), 1)).isEqualTo(80.0);
            assertThat(text(summary.get("Hourly cost"), 2)).startsWith("EUR");
            assertThat(number(summary.get("Attribution"), 1)).isEqualTo(0.75);
            assertThat(summary.get("Attribution").getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(number(summary.get("FTE hours per year"), 1)).isEqualTo(1_600.0);
            assertThat(number(summary.get("Annualised hours saved (lead time)"), 1)).isEqualTo(2_000.0);
            assertThat(number(summary.get("Annualised value"), 1)).isEqualTo(120_000.0);
            assertThat(number(summary.get("FTE equivalent"), 1)).isEqualTo(0.9375);
            assertThat(number(summary.get("Platform cost per year"), 1)).isEqualTo(100_000.0);
            assertThat(number(summary.get("Net annual value"), 1)).isEqualTo(20_000.0);
            assertThat(number(summary.get("ROI"), 1)).isEqualTo(20.0);
            assertThat(text(summary.get("What is it worth?"), 1)).startsWith("EUR 120,000 a year");
        }
    }

    @Test
    void leavesThePlatformsCostOutWhenItIsNotSet() throws IOException {
        RoiResult result = ReportFixture.withActionTitles(List.of("Create S3 bucket"));
        BusinessValue value = new BusinessValue(80.0, "EUR", 1, 1_760.0, 2_000.0, 160_000.0, 1.136, null);

        try (XSSFWorkbook workbook = write(ReportFixture.withTrends(result, result.periods(), result.adoption(), value))) {
            Map<String, Row> summary = byLabel(workbook.getSheet("Summary"));
            assertThat(number(summary.get("Annualised value"), 1)).isEqualTo(160_000.0);
            assertThat(summary).doesNotContainKeys("Platform cost per year", "Net annual value", "ROI");
        }
    }

    @Test
    void hasNoReturnOnAPlatformThatCostsNothing() throws IOException {
        RoiResult result = ReportFixture.withActionTitles(List.of("Create S3 bucket"));
        BusinessValue value = new BusinessValue(80.0, "EUR", 1, 1_760.0, 2_000.0, 160_000.0, 1.136,
                new BusinessValue.PlatformReturn(0.0, 160_000.0, null));

        try (XSSFWorkbook workbook = write(ReportFixture.withTrends(result, result.periods(), result.adoption(), value))) {
            Map<String, Row> summary = byLabel(workbook.getSheet("Summary"));
            assertThat(number(summary.get("Platform cost per year"), 1)).isZero();
            assertThat(number(summary.get("Net annual value"), 1)).isEqualTo(160_000.0);
            assertThat(summary.get("ROI").getCell(1)).isNull();
            assertThat(text(summary.get("ROI"), 2)).isEqualTo("none: the platform costs nothing");
        }
    }

    @Test
    void answersTheThreeQuestionsAndTheHighlightsInTheWordsOfEveryOutput() throws IOException {
        RoiResult result = ReportFixture.withHighlights(ReportFixture.withActionTitles(List.of("Create S3 bucket")),
                new Highlights(null, null, null));

        try (XSSFWorkbook workbook = write(result)) {
            Map<String, Row> summary = byLabel(workbook.getSheet("Summary"));
            assertThat(text(summary.get("Is it growing?"), 1)).startsWith("Yes: 1,687.5 h saved in the last 30 days,"
                    + " ▲ 25.0% vs the 30 days before");
            assertThat(text(summary.get("Who uses it?"), 1)).contains("1 team ran none in the last 30 days: Search.");
            assertThat(text(summary.get("Most run this week"), 2)).isEqualTo("no run in the last 7 days.");
            assertThat(text(summary.get("Action that saved the most hours"), 2)).isEqualTo("no action saved time.");
            assertThat(text(summary.get("Category that saved the most hours"), 2)).isEqualTo("no category saved time.");
            assertThat(summary.get("Most run this week").getCell(1)).isNull();
        }
    }

    private XSSFWorkbook write(RoiResult result) {
        return Workbooks.written(result, folder.resolve("summary.xlsx"));
    }
}
