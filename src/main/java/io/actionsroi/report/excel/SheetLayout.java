package io.actionsroi.report.excel;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** The page layout of a sheet read as a document (Summary, About) rather than filtered as a table. */
final class SheetLayout {

    private SheetLayout() {
    }

    /** Sets the columns' widths, in characters, and prints the sheet landscape, one page wide. */
    static void document(Sheet sheet, int... columnWidths) {
        for (int i = 0; i < columnWidths.length; i++) {
            sheet.setColumnWidth(i, columnWidths[i] * 256);
        }
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
