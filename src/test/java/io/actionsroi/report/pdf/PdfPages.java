package io.actionsroi.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a test reads back from a PDF report, in one reading of the file: the text of each page and the colour
 * of each of its characters, the fonts of the pages and of the charts, and the pictures.
 */
final class PdfPages {

    /** A character as printed, in its fill colour ({@code 0xRRGGBB}). */
    private record Glyph(String text, int rgb) {
    }

    /** What the text stripper writes at the end of each page: a character no report prints. */
    private static final String PAGE_END = "\f";

    private final List<String> texts = new ArrayList<>();
    private final List<List<Glyph>> glyphs = new ArrayList<>();
    private final List<Integer> forms = new ArrayList<>();
    private final List<PDFont> fonts = new ArrayList<>();
    private final List<PDFont> chartFonts = new ArrayList<>();
    private int images;

    private PdfPages() {
    }

    static PdfPages read(Path pdf) throws IOException {
        PdfPages pages = new PdfPages();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            ColourStripper stripper = new ColourStripper(pages.glyphs);
            stripper.setPageEnd(PAGE_END);
            String text = stripper.getText(document);
            pages.texts.addAll(List.of(text.split(PAGE_END, -1)).subList(0, document.getNumberOfPages()));
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                int forms = 0;
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDFormXObject) {
                        forms++;
                    }
                }
                pages.forms.add(forms);
                pages.collect(resources, false);
            }
        }
        return pages;
    }

    int count() {
        return texts.size();
    }

    /** The text of a page (the first is 1), as extracted. */
    String text(int page) {
        return texts.get(page - 1);
    }

    /** The text of a page with its lines joined by a space, so that text wrapped in its cell reads as one line. */
    String joined(int page) {
        return joined(texts.get(page - 1));
    }

    /** The text of every page, its lines joined. */
    String joined() {
        return joined(String.join("\n", texts));
    }

    /**
     * The fill colours of the characters of {@code text} where it first follows {@code context} on the page
     * (the same words may be printed elsewhere in another colour); spaces and line breaks are ignored.
     */
    Set<Color> colours(int page, String context, String text) {
        String before = context.replaceAll("\\s", "");
        String wanted = text.replaceAll("\\s", "");
        List<Glyph> printed = glyphs.get(page - 1).stream().filter(glyph -> !glyph.text().isBlank()).toList();
        StringBuilder all = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (Glyph glyph : printed) {
            starts.add(all.length());
            all.append(glyph.text());
        }
        int found = all.indexOf(before + wanted);
        assertThat(found).as("\"%s\" after \"%s\" on page %d", text, context, page).isNotNegative();
        int at = found + before.length();
        Set<Color> colours = new HashSet<>();
        for (int i = 0; i < printed.size(); i++) {
            if (starts.get(i) >= at && starts.get(i) < at + wanted.length()) {
                colours.add(new Color(printed.get(i).rgb()));
            }
        }
        return colours;
    }

    /** Every font of every page, and of the forms (the charts) drawn on them. */
    List<PDFont> fonts() {
        return fonts;
    }

    /** The fonts of the forms drawn on the pages: the charts' text. */
    List<PDFont> chartFonts() {
        return chartFonts;
    }

    /** The forms (vector drawings: the charts, and the footer's page total) drawn on a page. */
    int forms(int page) {
        return forms.get(page - 1);
    }

    /** The pictures (bitmaps) anywhere in the document. */
    int images() {
        return images;
    }

    private void collect(PDResources resources, boolean inForm) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
            if (inForm) {
                chartFonts.add(resources.getFont(name));
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collect(form.getResources(), true);
            }
            else if (object instanceof PDImageXObject) {
                images++;
            }
        }
    }

    private static String joined(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s*\\R\\s*", " ");
    }

    /** The text stripper, noting the fill colour of every character it reads. */
    private static final class ColourStripper extends PDFTextStripper {

        private final List<List<Glyph>> pages;
        private final List<Glyph> glyphs = new ArrayList<>();

        /** @param pages where the characters of each page go, once it is read */
        ColourStripper(List<List<Glyph>> pages) {
            this.pages = pages;
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingColorN(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
            addOperator(new SetNonStrokingDeviceCMYKColor(this));
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            try {
                // a no-break space is a space to the tests
                glyphs.add(new Glyph(text.getUnicode().replace('\u00A0', ' '),
                        getGraphicsState().getNonStrokingColor().toRGB()));
            }
            catch (IOException e) {
                throw new IllegalStateException("cannot read the colour of \"" + text.getUnicode() + "\"", e);
            }
            super.processTextPosition(text);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            pages.add(List.copyOf(glyphs));
            glyphs.clear();
            super.endPage(page);
        }
    }
}
