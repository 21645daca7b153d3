package io.actionsroi.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;

import io.actionsroi.report.pdf.ReportFonts.Face;

/**
 * Sets text in the report's fonts: each character in the first face that has it, and a character that no
 * face has as U+FFFD ({@link #unprintable} says which those are, for the report to list them). Text is
 * always printed as written: nothing in it is read as markup.
 */
final class Typesetter {

    /** Lines are spaced at this many times their text's size. */
    static final float LEADING = 1.35f;

    private static final int REPLACEMENT = 0xFFFD;

    /** A stretch of text printed in one face. */
    record Segment(Face face, String text) {
    }

    private final ReportFonts fonts;

    Typesetter(ReportFonts fonts) {
        this.fonts = fonts;
    }

    ReportFonts fonts() {
        return fonts;
    }

    /** {@code text} as a phrase in {@code style}, each segment in its face. */
    Phrase phrase(String text, TextStyle style) {
        Phrase phrase = new Phrase();
        for (Segment segment : segments(text, style.bold())) {
            phrase.add(new Chunk(segment.text(), new Font(segment.face().pdf(), style.size(), Font.NORMAL,
                    style.colour())));
        }
        return phrase;
    }

    /** {@code text} as a paragraph in {@code style}, its lines spaced for reading. */
    Paragraph paragraph(String text, TextStyle style) {
        Paragraph paragraph = empty(style);
        paragraph.add(phrase(text, style));
        return paragraph;
    }

    /** A paragraph that starts with a label in bold: "Most run this week: Create S3 bucket (139 runs)." */
    Paragraph labelled(String label, String text, TextStyle style) {
        Paragraph paragraph = empty(style);
        paragraph.add(phrase(label, new TextStyle(style.size(), true, style.colour())));
        paragraph.add(phrase(text, style));
        return paragraph;
    }

    /** A paragraph whose own font, which OpenPDF uses for the space around it, is the embedded one. */
    private Paragraph empty(TextStyle style) {
        Paragraph paragraph = new Paragraph(style.size() * LEADING);
        paragraph.setFont(new Font(fonts.regular().pdf(), style.size(), Font.NORMAL, style.colour()));
        return paragraph;
    }

    /** {@code paragraph} with space above and below it, in points. */
    static Paragraph spaced(Paragraph paragraph, float before, float after) {
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /** The width of {@code text} in {@code style}, in points. */
    float width(String text, TextStyle style) {
        float width = 0;
        for (Segment segment : segments(text, style.bold())) {
            width += segment.face().pdf().getWidthPoint(segment.text(), style.size());
        }
        return width;
    }

    /**
     * {@code text} split into the segments of the faces that print it. Control characters print as spaces;
     * format characters (joiners, variation selectors, soft hyphens) have no glyph of their own and are left out.
     */
    List<Segment> segments(String text, boolean inBold) {
        List<Face> chain = fonts.chain(inBold);
        List<Segment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int codePoint : (text == null ? "" : text).codePoints().toArray()) {
            if (Character.isISOControl(codePoint)) {
                codePoint = ' ';
            }
            if (isFormat(codePoint)) {
                continue;
            }
            Face face = currentFace != null && Character.isWhitespace(codePoint) && currentFace.has(codePoint)
                    ? currentFace
                    : faceOf(codePoint, chain);
            if (face == null) {
                codePoint = REPLACEMENT;
                face = chain.get(0);
            }
            if (face != currentFace && !current.isEmpty()) {
                segments.add(new Segment(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(codePoint);
        }
        if (!current.isEmpty()) {
            segments.add(new Segment(currentFace, current.toString()));
        }
        return segments;
    }

    /** The characters of {@code text} that no face has and that print as U+FFFD; empty for none. */
    SortedSet<Integer> unprintable(String text) {
        List<Face> chain = fonts.chain(false);
        SortedSet<Integer> unprintable = new TreeSet<>();
        (text == null ? "" : text).codePoints()
                .filter(codePoint -> !Character.isISOControl(codePoint) && !isFormat(codePoint))
                .filter(codePoint -> faceOf(codePoint, chain) == null)
                .forEach(unprintable::add);
        return unprintable;
    }

    private static Face faceOf(int codePoint, List<Face> chain) {
        for (Face face : chain) {
            if (face.has(codePoint)) {
                return face;
            }
        }
        return null;
    }

    private static boolean isFormat(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }
}
