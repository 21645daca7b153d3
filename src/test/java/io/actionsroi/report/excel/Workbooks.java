package io.actionsroi.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.actionsroi.roi.RoiResult;

/** Reads a written workbook back with POI, the way a test compares it with the figures. */
final class Workbooks {

    private Workbooks() {
    }

    /** Writes the workbook of {@code result}, without runs, to {@code file} and opens it. */
    static XSSFWorkbook written(RoiResult result, Path file) {
        new ExcelReport(new ExcelProperties(30)).write(result, Collections.emptyIterator(), Map.of(), file);
        return open(file);
    }

    static XSSFWorkbook open(Path file) {
        try {
            return new XSSFWorkbook(file.toFile());
        }
        catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(new IOException("Could not read back " + file, e));
        }
    }

    /** The column index of each header of the table on row {@code headerRow}. */
    static Map<String, Integer> headers(Sheet sheet, int headerRow) {
        Map<String, Integer> headers = new HashMap<>();
        for (Cell cell : sheet.getRow(headerRow)) {
            headers.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return headers;
    }

    /** The rows below the header of a table that fills its sheet. */
    static List<Row> dataRows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            rows.add(sheet.getRow(i));
        }
        return rows;
    }

    /** The text of a cell, null when it is empty. */
    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    /** The index of the first row whose first cell holds {@code text}: a section's heading, a line's label. */
    static int rowOf(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No row starts with \"" + text + "\" on " + sheet.getSheetName());
    }

    /** The number in a cell, which must hold one. */
    static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    /** The number in a cell, null when the cell is empty. */
    static Double numberOrNull(Row row, int column) {
        return row.getCell(column) == null ? null : number(row, column);
    }

    static XSSFFont font(Row row, int column) {
        return ((XSSFCell) row.getCell(column)).getCellStyle().getFont();
    }

    /** An absolute one-column range, rows counted from 1 as Excel shows them: {@code Trends!$B$5:$B$16}. */
    static String range(String sheet, int column, int firstRow, int lastRow) {
        String letter = CellReference.convertNumToColString(column);
        return sheet + "!$" + letter + "$" + firstRow + ":$" + letter + "$" + lastRow;
    }

    /** The rows of a sheet written as label, value, note (the Summary), by label. */
    static Map<String, Row> byLabel(Sheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label != null && !label.getStringCellValue().isEmpty()) {
                rows.putIfAbsent(label.getStringCellValue(), row);
            }
        }
        return rows;
    }
}
