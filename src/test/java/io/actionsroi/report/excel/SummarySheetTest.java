package io.actionsroi.report.excel;

import static io.actionsroi.report.excel.Workbooks.byLabel;
import static io.actionsroi.report.excel.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.actionsroi.roi.MoneyValue;

class SummarySheetTest {

    @TempDir
    Path folder;

    @Test
    void pricesTheHoursSavedWhenAnHourlyCostIsSet() throws IOException {
        Path file = folder.resolve("money.xlsx");
        MoneyValue money = new MoneyValue(80.0, "EUR", 80_000.0, 40_000.0);

        new ExcelReport(new ExcelProperties(30)).write(ReportFixture.withActionTitles(List.of("Create S3 bucket"), money),
                Collections.emptyIterator(), Map.of(), file);

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            Map<String, Row> summary = byLabel(workbook.getSheet("Summary"));
            assertThat(summary.get("Value of the hours saved").getCell(1).getNumericCellValue()).isEqualTo(80_000.0);
            assertThat(summary.get("Value of the processing time saved").getCell(1).getNumericCellValue())
                    .isEqualTo(40_000.0);
            assertThat(text(summary.get("Value of the hours saved"), 2)).isEqualTo("EUR, at 80.00 EUR an hour");
        }
    }

    @Test
    void leavesMoneyOutWithoutAnHourlyCost() throws IOException {
        Path file = folder.resolve("no-money.xlsx");

        new ExcelReport(new ExcelProperties(30)).write(ReportFixture.withActionTitles(List.of("Create S3 bucket")),
                Collections.emptyIterator(), Map.of(), file);

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            assertThat(byLabel(workbook.getSheet("Summary"))).doesNotContainKey("Value of the hours saved");
        }
    }
}
