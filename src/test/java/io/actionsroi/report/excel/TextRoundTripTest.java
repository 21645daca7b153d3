package io.actionsroi.report.excel;

import static io.actionsroi.report.excel.Workbooks.byLabel;
import static io.actionsroi.report.excel.Workbooks.dataRows;
import static io.actionsroi.report.excel.Workbooks.headers;
import static io.actionsroi.report.excel.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.RunFacts;

/**
 * Titles are stored and shown as they are: never evaluated as formulas, and read back to the last
 * character, on the in-memory sheets (shared strings) and on the streamed Runs sheet (inline strings).
 */
class TextRoundTripTest {

    private static final List<String> TITLES = List.of(
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1",
            "-cmd",
            "@SUM(A1:A2)",
            "Créer un bucket S3 — équipe Zürich",
            "Деплой в прод",
            "创建开发环境",
            "Launch 🚀 rocket",
            "_x0041_ stays _x0042__x0043_ literal",
            "bell\u0007, CR\r\nLF and tab\t",
            "  padded  ");

    @TempDir
    Path folder;

    @Test
    void everyTitleReadsBackExactlyAsAStringCell() throws Exception {
        // given
        RoiResult result = ReportFixture.withActionTitles(TITLES);
        List<RunFacts> runs = new ArrayList<>();
        for (int i = 0; i < TITLES.size(); i++) {
            runs.add(ReportFixture.run(i, "a" + i, null));
        }
        Path file = folder.resolve("titles.xlsx");

        // when
        new ExcelReport(new ExcelProperties(30)).write(result, runs.iterator(), Map.of(), file);

        // then
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            List<Row> actions = dataRows(workbook.getSheet("Actions"));
            assertThat(actions).extracting(row -> text(row, 0)).containsExactlyElementsOf(TITLES);
            actions.forEach(row -> assertLiteral(row.getCell(0)));

            List<Row> runRows = dataRows(workbook.getSheet("Runs"));
            int action = headers(workbook.getSheet("Runs"), 0).get("Action");
            assertThat(runRows).extracting(row -> text(row, action)).containsExactlyElementsOf(TITLES);
            runRows.forEach(row -> assertLiteral(row.getCell(action)));

            Cell answer = byLabel(workbook.getSheet("Summary")).get("Most run this week").getCell(2);
            assertThat(answer.getStringCellValue()).isEqualTo(TITLES.get(0) + " (7 runs).");
            assertLiteral(answer);
        }
    }

    /** A string, quote-prefixed when a spreadsheet would otherwise take it for a formula once edited. */
    private static void assertLiteral(Cell cell) {
        String text = cell.getStringCellValue();
        assertThat(cell.getCellType()).as(text).isEqualTo(CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(text).isEqualTo("=+-@".indexOf(text.charAt(0)) >= 0);
    }
}
