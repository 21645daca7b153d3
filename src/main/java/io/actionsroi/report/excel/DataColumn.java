package io.actionsroi.report.excel;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** The cells of one table column: its header and the {@code rows} cells below it. What a chart binds to. */
record DataColumn(Sheet sheet, int column, int headerRow, int rows) {

    CellReference header() {
        return new CellReference(sheet.getSheetName(), headerRow, column, true, true);
    }

    CellRangeAddress values() {
        return new CellRangeAddress(headerRow + 1, headerRow + rows, column, column);
    }

    /** The same column cut to its first {@code count} values. */
    DataColumn first(int count) {
        return new DataColumn(sheet, column, headerRow, Math.min(rows, count));
    }
}
