package io.actionsroi.report.pdf;

import java.awt.Color;
import java.util.List;
import java.util.function.Function;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A table of the report: the full width of the page, its header row repeated on every page it spans, long
 * text wrapped within its cell, numbers aligned right, every other row shaded, and a row's warning in red.
 */
final class ReportTable {

    /**
     * One column.
     *
     * @param width the column's share of the table's width, relative to the other columns
     */
    record Column<T>(String header, float width, boolean numeric, Function<T, String> value) {

        static <T> Column<T> text(String header, float width, Function<T, String> value) {
            return new Column<>(header, width, false, value);
        }

        static <T> Column<T> number(String header, float width, Function<T, String> value) {
            return new Column<>(header, width, true, value);
        }
    }

    private static final float PADDING = 3.5f;

    private final Typesetter type;
    private final Theme theme;

    ReportTable(Typesetter type, Theme theme) {
        this.type = type;
        this.theme = theme;
    }

    <T> PdfPTable of(List<Column<T>> columns, List<T> rows) {
        return of(columns, rows, row -> null);
    }

    /**
     * A table whose rows may carry a warning, printed under the row's first cell in the colour of bad news:
     * "no run in 30 days".
     *
     * @param warning a row's warning; null for none
     */
    <T> PdfPTable of(List<Column<T>> columns, List<T> rows, Function<T, String> warning) {
        PdfPTable table = new PdfPTable(columns.size());
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width();
        }
        table.setWidths(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(12);
        for (Column<T> column : columns) {
            table.addCell(cell(column.header(), column.numeric(), theme.tableHeader(), theme.accent()));
        }
        for (int row = 0; row < rows.size(); row++) {
            Color background = row % 2 == 1 ? Theme.SHADE : Color.WHITE;
            for (int i = 0; i < columns.size(); i++) {
                Column<T> column = columns.get(i);
                Phrase text = type.phrase(column.value().apply(rows.get(row)), theme.tableCell());
                String rowWarning = i == 0 ? warning.apply(rows.get(row)) : null;
                if (rowWarning != null) {
                    text.add(Chunk.NEWLINE);
                    text.add(type.phrase(rowWarning, new TextStyle(theme.tableCell().size(), true, Theme.BAD)));
                }
                table.addCell(cell(text, column.numeric(), background));
            }
        }
        return table;
    }

    private PdfPCell cell(String text, boolean numeric, TextStyle style, Color background) {
        return cell(type.phrase(text, style), numeric, background);
    }

    private PdfPCell cell(Phrase text, boolean numeric, Color background) {
        PdfPCell cell = new PdfPCell(text);
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setPadding(PADDING);
        cell.setPaddingBottom(PADDING + 1);
        cell.setBackgroundColor(background);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Theme.RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }
}
