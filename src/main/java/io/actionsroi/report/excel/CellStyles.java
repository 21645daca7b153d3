package io.actionsroi.report.excel;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, made once (a workbook holds at most 64,000) and shared by every sheet,
 * the streamed ones included.
 */
final class CellStyles {

    private final Map<CellFormat, CellStyle> byFormat = new EnumMap<>(CellFormat.class);
    private final Map<CellFormat, CellStyle> literalByFormat = new EnumMap<>(CellFormat.class);
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle section;

    CellStyles(Workbook workbook) {
        for (CellFormat format : CellFormat.values()) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format.pattern()));
            // Top, so that a label stays level with the first line of wrapped text beside it.
            style.setVerticalAlignment(VerticalAlignment.TOP);
            byFormat.put(format, style);
        }
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        byFormat.get(CellFormat.LINK).setFont(linkFont);
        byFormat.get(CellFormat.PARAGRAPH).setWrapText(true);
        Font noteFont = workbook.createFont();
        noteFont.setItalic(true);
        noteFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        byFormat.get(CellFormat.NOTE).setFont(noteFont);
        byFormat.get(CellFormat.NOTE).setIndention((short) 1);
        Font answerFont = workbook.createFont();
        answerFont.setBold(true);
        byFormat.get(CellFormat.ANSWER).setFont(answerFont);
        byFormat.get(CellFormat.ANSWER).setIndention((short) 1);
        news(workbook, byFormat.get(CellFormat.GOOD_NEWS), IndexedColors.GREEN);
        news(workbook, byFormat.get(CellFormat.BAD_NEWS), IndexedColors.RED);
        byFormat.get(CellFormat.NO_VALUE).setAlignment(HorizontalAlignment.RIGHT);

        // Shown as it is, and kept as text when someone edits the cell, so "=..." never becomes a formula.
        for (CellFormat format : CellFormat.values()) {
            if (format.isText()) {
                CellStyle literal = workbook.createCellStyle();
                literal.cloneStyleFrom(byFormat.get(format));
                literal.setQuotePrefixed(true);
                literalByFormat.put(format, literal);
            }
        }

        Font headerFont = workbook.createFont();
        headerFont.setBold(true);
        headerFont.setColor(IndexedColors.WHITE.getIndex());
        header = workbook.createCellStyle();
        header.setFont(headerFont);
        header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setBorderBottom(BorderStyle.THIN);

        title = bold(workbook, 16);
        section = bold(workbook, 12);
        section.setBorderBottom(BorderStyle.THIN);
    }

    CellStyle of(CellFormat format) {
        return byFormat.get(format);
    }

    /**
     * The style of text in a text {@code format}, quote-prefixed when it starts with =, +, -
     * or @, which a spreadsheet would otherwise take for a formula once the cell is edited.
     */
    CellStyle text(CellFormat format, String text) {
        boolean looksLikeFormula = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
        return looksLikeFormula ? literalByFormat.get(format) : byFormat.get(format);
    }

    CellStyle header() {
        return header;
    }

    /** The sheet's title, in large bold type. */
    CellStyle title() {
        return title;
    }

    /** The heading of a block of rows. */
    CellStyle section() {
        return section;
    }

    /** News in bold type of its colour, set off from the figure before it. */
    private static void news(Workbook workbook, CellStyle style, IndexedColors colour) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setColor(colour.getIndex());
        style.setFont(font);
        style.setIndention((short) 1);
    }

    private static CellStyle bold(Workbook workbook, int points) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
