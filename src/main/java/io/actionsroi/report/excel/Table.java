package io.actionsroi.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A table written row by row from {@code headerRow} down: a styled header, then one row per item, so it
 * works as well on a streamed sheet, where written rows are gone from memory. A table that fills its
 * sheet then gets a frozen header, an autofilter and column widths that fit its text.
 */
final class Table<T> {

    private static final int MIN_TEXT_WIDTH = 10;
    private static final int MAX_TEXT_WIDTH = 60;
    private static final float LINE_HEIGHT_POINTS = 15f;
    /**
     * A column width counts the default font's digits; running text in that proportional font fits about
     * a third more characters (Calibri, and Carlito in LibreOffice, about 1.4 times; a little less here
     * so that a row is rather too tall than cut).
     */
    private static final int PROPORTIONAL_CHARACTERS_PER_WIDTH_PERCENT = 135;

    private final Sheet sheet;
    private final int headerRow;
    private final List<Column<T>> columns;
    private final Cells cells;
    private final int[] textWidths;
    private int rows;

    Table(Sheet sheet, int headerRow, List<Column<T>> columns, Cells cells, CellStyles styles) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = List.copyOf(columns);
        this.cells = cells;
        this.textWidths = new int[columns.size()];
        Row header = sheet.createRow(headerRow);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            String title = columns.get(i).header();
            cells.write(header, i, title, styles.header());
            textWidths[i] = title.length() + 2;
            lines = Math.max(lines, wrappedLines(title, shownWidth(i) - 1));
        }
        header.setHeightInPoints(linesHeight(lines));
    }

    void add(T item) {
        rows++;
        Row row = sheet.createRow(headerRow + rows);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Object value = column.value().apply(item);
            CellFormat format = column.format(item);
            cells.write(row, i, format, value);
            if (value instanceof String text) {
                textWidths[i] = Math.max(textWidths[i], text.codePointCount(0, text.length()) + 2);
                if (format == CellFormat.PARAGRAPH) {
                    lines = Math.max(lines, wrappedLines(text, proportionalCharacters(shownWidth(i))));
                }
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(linesHeight(lines));
        }
    }

    int rows() {
        return rows;
    }

    /** The index of the table's last row (its header's when it has no rows). */
    int lastRow() {
        return headerRow + rows;
    }

    /** The column headed {@code header}. */
    DataColumn column(String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return new DataColumn(sheet, i, headerRow, rows);
            }
        }
        throw new IllegalArgumentException("No column \"" + header + "\" on sheet " + sheet.getSheetName());
    }

    /**
     * Finishes a table that fills its sheet from the first row: the header and the first
     * {@code frozenColumns} columns stay in view, an autofilter covers every row, and each column is
     * as wide as its format or its longest text needs.
     */
    void fillSheet(int frozenColumns) {
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, headerRow + rows, 0, columns.size() - 1));
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, width(i) * 256);
        }
    }

    /**
     * The width the column is shown in, for wrapping text: its own, or the sheet's when the sheet has a
     * wider one (a table on a sheet laid out as a document, whose columns are set before its tables).
     */
    private int shownWidth(int column) {
        return Math.max(width(column), sheet.getColumnWidth(column) / 256);
    }

    private int width(int column) {
        CellFormat format = columns.get(column).format();
        if (!format.fitsContent()) {
            return format.width();
        }
        return Math.min(Math.max(textWidths[column], MIN_TEXT_WIDTH), MAX_TEXT_WIDTH);
    }

    /** The characters of running text that fit in a column {@code width} digits wide. */
    static int proportionalCharacters(int width) {
        return width * PROPORTIONAL_CHARACTERS_PER_WIDTH_PERCENT / 100;
    }

    /** The height of a row of {@code lines} lines of text, in points. */
    static float linesHeight(int lines) {
        return lines * LINE_HEIGHT_POINTS;
    }

    /**
     * How many lines {@code text} takes when wrapped at spaces into lines of {@code width} characters:
     * row heights are set from it, so that wrapped text shows whole whether or not the application
     * fits rows to their text when it opens the file.
     */
    static int wrappedLines(String text, int width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int needed = used == 0 ? word.length() : used + 1 + word.length();
                if (needed <= width || used == 0) {
                    used = needed;
                } else {
                    lines++;
                    used = word.length();
                }
            }
        }
        return lines;
    }
}
