package io.actionsroi.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet read as a document rather than filtered as a table (Summary, Trends, Adoption, About), written
 * top-down: a title, then sections of lines (a label, a value as a number or a date, and a note),
 * paragraphs and tables. It prints landscape, one page wide.
 */
final class DocumentSheet {

    private final Sheet sheet;
    private final Cells cells;
    private final CellStyles styles;
    private final int[] columnWidths;
    private int nextRow;

    /** Starts the sheet with its title; {@code columnWidths} are the columns' widths, in characters. */
    DocumentSheet(Sheet sheet, String title, Cells cells, CellStyles styles, int... columnWidths) {
        this.sheet = sheet;
        this.cells = cells;
        this.styles = styles;
        this.columnWidths = columnWidths.clone();
        for (int i = 0; i < columnWidths.length; i++) {
            sheet.setColumnWidth(i, columnWidths[i] * 256);
        }
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        cells.write(sheet.createRow(nextRow++), 0, title, styles.title());
    }

    /** The heading of a block of rows, after an empty row. */
    void section(String title) {
        nextRow++;
        cells.write(sheet.createRow(nextRow++), 0, title, styles.section());
    }

    /** A label, a value in {@code format} and a note beside it; a null one leaves its cell empty. */
    Row line(String label, CellFormat format, Object value, String note) {
        Row row = sheet.createRow(nextRow++);
        cells.write(row, 0, CellFormat.TEXT, label);
        cells.write(row, 1, format, value);
        cells.write(row, 2, CellFormat.NOTE, note);
        return row;
    }

    /**
     * A label and a text too long for one cell, wrapped in the cells from the second column to the last
     * one with a width, merged, the row as tall as the text needs.
     */
    void paragraph(String label, String text) {
        Row row = sheet.createRow(nextRow++);
        cells.write(row, 0, CellFormat.TEXT, label);
        cells.write(row, 1, CellFormat.PARAGRAPH, text);
        int last = columnWidths.length - 1;
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, last));
        int width = 0;
        for (int i = 1; i <= last; i++) {
            width += columnWidths[i];
        }
        row.setHeightInPoints(Table.linesHeight(Table.wrappedLines(text, Table.proportionalCharacters(width))));
    }

    /** A table of {@code items} from the next row down; the lines that follow come below it. */
    <T> Table<T> table(List<Column<T>> columns, List<T> items) {
        Table<T> table = new Table<>(sheet, nextRow, columns, cells, styles);
        items.forEach(table::add);
        nextRow = table.lastRow() + 1;
        return table;
    }
}
