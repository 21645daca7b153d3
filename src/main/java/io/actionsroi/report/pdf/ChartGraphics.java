package io.actionsroi.report.pdf;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;

import io.actionsroi.report.pdf.ReportFonts.Face;
import io.actionsroi.report.pdf.Typesetter.Segment;

/**
 * The canvas the charts are drawn on: vector graphics and text in the PDF, in the report's embedded fonts.
 * A label is split into the segments the {@link Typesetter} gives, each drawn in its face, and measured the
 * same way, so that JFreeChart lays out a Chinese or Cyrillic action title with its real width. The AWT
 * faces measure the text, and {@link PdfGraphics2D} matches the PDF text to those widths.
 */
final class ChartGraphics extends PdfGraphics2D {

    private final Typesetter type;

    ChartGraphics(PdfContentByte canvas, float width, float height, Typesetter type) {
        super(canvas, width, height, new FaceMapper(type.fonts()), false, false, 0);
        this.type = type;
    }

    /** The chart fonts: the AWT faces of DejaVu Sans, at a size. */
    static Font font(ReportFonts fonts, boolean bold, float size) {
        return bold ? fonts.bold().awt().deriveFont(Font.BOLD, size) : fonts.regular().awt().deriveFont(size);
    }

    @Override
    public void drawString(String text, float x, float y) {
        Font requested = getFont();
        float advance = 0;
        for (Segment segment : type.segments(text, requested.isBold())) {
            Font font = faceFont(segment.face(), requested);
            setFont(font);
            super.drawString(segment.text(), x + advance, y);
            advance += width(font, segment.text());
        }
        setFont(requested);
    }

    @Override
    public FontMetrics getFontMetrics(Font font) {
        return new SegmentMetrics(super.getFontMetrics(font));
    }

    private Font faceFont(Face face, Font requested) {
        return face.awt().deriveFont(face == type.fonts().bold() ? Font.BOLD : Font.PLAIN, requested.getSize2D());
    }

    private float width(Font font, String text) {
        return (float) font.getStringBounds(text, getFontRenderContext()).getWidth();
    }

    private float width(Font requested, String text, boolean inBold) {
        float width = 0;
        for (Segment segment : type.segments(text, inBold)) {
            width += width(faceFont(segment.face(), requested), segment.text());
        }
        return width;
    }

    /** AWT's metrics of the requested font, with widths measured segment by segment. */
    private final class SegmentMetrics extends FontMetrics {

        private final FontMetrics awt;

        SegmentMetrics(FontMetrics awt) {
            super(awt.getFont());
            this.awt = awt;
        }

        @Override
        public int getAscent() {
            return awt.getAscent();
        }

        @Override
        public int getDescent() {
            return awt.getDescent();
        }

        @Override
        public int getLeading() {
            return awt.getLeading();
        }

        @Override
        public int getMaxAdvance() {
            return awt.getMaxAdvance();
        }

        @Override
        public int charWidth(char c) {
            return stringWidth(String.valueOf(c));
        }

        @Override
        public int charWidth(int codePoint) {
            return stringWidth(Character.toString(codePoint));
        }

        @Override
        public int stringWidth(String text) {
            return (int) Math.ceil(width(getFont(), text, getFont().isBold()));
        }

        @Override
        public Rectangle2D getStringBounds(String text, Graphics context) {
            return new Rectangle2D.Float(0, -getAscent(), width(getFont(), text, getFont().isBold()), getHeight());
        }
    }

    /** Maps the AWT faces the canvas is given back to their PDF faces; any other font to DejaVu Sans. */
    private record FaceMapper(ReportFonts fonts) implements FontMapper {

        @Override
        public BaseFont awtToPdf(Font font) {
            String name = font.getFontName(Locale.ENGLISH);
            for (Face face : fonts.chain(true)) {
                if (face.name().equals(name)) {
                    return face.pdf();
                }
            }
            return font.isBold() ? fonts.bold().pdf() : fonts.regular().pdf();
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return fonts.regular().awt().deriveFont((float) size);
        }
    }
}
