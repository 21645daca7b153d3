package io.actionsroi.report.pdf;

import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page carries: a band of the accent colour at the top and, at the bottom, the report date, when
 * and from what the report was generated, and "Page X of Y". The total is written once the document closes,
 * into a template every page shows.
 */
final class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 7.5f;
    /** Room for the total: up to four digits. */
    private static final String WIDEST_TOTAL = "8888";

    private final Typesetter type;
    private final Theme theme;
    private final List<String> lines;
    private PdfTemplate total;

    /** @param lines what the footer says beside the page number, each starting a line */
    PageFooter(Typesetter type, Theme theme, List<String> lines) {
        this.type = type;
        this.theme = theme;
        this.lines = List.copyOf(lines);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(numberWidth(WIDEST_TOTAL), SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        canvas.saveState();
        canvas.setColorFill(theme.accent());
        canvas.rectangle(0, page.getHeight() - 6, page.getWidth(), 6);
        canvas.fill();
        float rule = document.bottom() - 16;
        canvas.setColorStroke(Theme.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), rule);
        canvas.lineTo(document.right(), rule);
        canvas.stroke();
        canvas.restoreState();

        float baseline = rule - 11;
        float totalX = document.right() - numberWidth(WIDEST_TOTAL);
        String pageOf = "Page " + writer.getPageNumber() + " of";
        float pageOfRight = totalX - numberWidth(" ");
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, type.phrase(pageOf, style()), pageOfRight, baseline,
                0);
        canvas.addTemplate(total, totalX, baseline - SIZE * 0.3f);

        float textRight = pageOfRight - type.width(pageOf, style()) - 12;
        ColumnText column = new ColumnText(canvas);
        float leading = SIZE * 1.3f;
        // three lines at most, the first on the page number's baseline
        column.setSimpleColumn(document.left(), baseline - 2 * leading - SIZE * 0.5f, textRight, baseline + leading);
        for (String text : lines) {
            column.addElement(type.paragraph(text, style()));
        }
        column.go();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font(), SIZE);
        total.setColorFill(Theme.MUTED);
        total.setTextMatrix(0, SIZE * 0.3f);
        // the writer has moved on to the page after the last when the document closes
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    private TextStyle style() {
        return new TextStyle(SIZE, false, Theme.MUTED);
    }

    private BaseFont font() {
        return type.fonts().regular().pdf();
    }

    private float numberWidth(String text) {
        return font().getWidthPoint(text, SIZE);
    }
}
