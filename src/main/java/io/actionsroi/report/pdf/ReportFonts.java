package io.actionsroi.report.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report's typefaces: DejaVu Sans and DejaVu Sans Bold from the jar, then the fallback fonts for the
 * characters DejaVu lacks. Each face is loaded twice from the same file: for the PDF (embedded, Identity-H)
 * and for AWT, with which the charts measure their labels, so that both agree on every width.
 */
final class ReportFonts {

    /** Where common Linux packages put a CJK font; the first one present is the last fallback. */
    static final List<Path> SYSTEM_CJK_FONTS = List.of(
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

    private static final Logger LOG = LoggerFactory.getLogger(ReportFonts.class);

    /** One typeface, for the PDF and for AWT. */
    record Face(BaseFont pdf, java.awt.Font awt) {

        boolean has(int codePoint) {
            return pdf.charExists(codePoint);
        }

        String name() {
            return awt.getFontName(Locale.ENGLISH);
        }
    }

    private final Face regular;
    private final Face bold;
    private final List<Face> fallbacks;

    private ReportFonts(Face regular, Face bold, List<Face> fallbacks) {
        this.regular = regular;
        this.bold = bold;
        this.fallbacks = List.copyOf(fallbacks);
    }

    /**
     * Loads the built-in faces, the configured fallback fonts and the first system CJK font present.
     *
     * @throws IllegalArgumentException naming the setting when a configured fallback font cannot be read
     */
    static ReportFonts load(List<Path> configuredFallbacks) {
        List<Face> fallbacks = new ArrayList<>();
        for (Path file : configuredFallbacks) {
            try {
                fallbacks.add(fromFile(file));
            }
            catch (IOException | RuntimeException | FontFormatException e) {
                throw new IllegalArgumentException("Invalid setting report.pdf.fallback-fonts: the font file "
                        + file.toAbsolutePath().normalize() + " cannot be read as a TrueType or OpenType font ("
                        + e.getMessage() + "). Remove it from the list or replace it with a .ttf, .otf or .ttc file.",
                        e);
            }
        }
        SYSTEM_CJK_FONTS.stream().filter(Files::isRegularFile).findFirst().ifPresent(file -> {
            try {
                fallbacks.add(fromFile(file));
            }
            catch (IOException | RuntimeException | FontFormatException e) {
                LOG.warn("The system font {} cannot be read ({}); the PDF report prints CJK characters only with"
                        + " the fonts of report.pdf.fallback-fonts.", file, e.getMessage());
            }
        });
        return new ReportFonts(builtIn("DejaVuSans.ttf"), builtIn("DejaVuSans-Bold.ttf"), fallbacks);
    }

    /** The faces to try for a character, in order. */
    List<Face> chain(boolean inBold) {
        List<Face> chain = new ArrayList<>();
        if (inBold) {
            chain.add(bold);
        }
        chain.add(regular);
        chain.addAll(fallbacks);
        return chain;
    }

    Face regular() {
        return regular;
    }

    Face bold() {
        return bold;
    }

    /** The faces in the order they are tried, by name, for the report to say which fonts it used. */
    List<String> names() {
        return chain(false).stream().map(Face::name).toList();
    }

    private static Face builtIn(String fileName) {
        String resource = "/fonts/" + fileName;
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application's"
                        + " classpath, so no PDF report can be written. Rebuild the application from the repository.");
            }
            byte[] bytes = in.readAllBytes();
            BaseFont pdf = BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            java.awt.Font awt = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            return new Face(pdf, awt);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The font " + resource + " cannot be read from the application's"
                    + " classpath: " + e.getMessage() + ". Rebuild the application from the repository.", e);
        }
        catch (FontFormatException e) {
            throw new IllegalStateException("The font " + resource + " in the application is damaged: "
                    + e.getMessage() + ". Rebuild the application from the repository.", e);
        }
    }

    /** A font file; of a collection ({@code .ttc}), its first font. */
    private static Face fromFile(Path file) throws IOException, FontFormatException {
        boolean collection = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        String name = file.toAbsolutePath().toString() + (collection ? ",0" : "");
        BaseFont pdf = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
        java.awt.Font awt = java.awt.Font.createFonts(file.toFile())[0];
        return new Face(pdf, awt);
    }
}
