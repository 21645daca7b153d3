package io.actionsroi.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.actionsroi.report.AtomicFile;
import io.actionsroi.report.Numbers;
import io.actionsroi.roi.RoiResult;

/**
 * The PDF leadership report, {@code actions-roi-<D>.pdf}: the headline figures with their changes, the three
 * questions answered and the highlights on the first page, then the trends and adoption, the charts, the
 * tables of actions, categories and teams, and the method and data quality. Text
 * is set in DejaVu Sans, built in, and the fallback fonts, all embedded.
 */
public final class PdfReport {

    private static final Logger LOG = LoggerFactory.getLogger(PdfReport.class);
    private static final float MARGIN = 42;
    private static final float TOP_MARGIN = 40;
    private static final float BOTTOM_MARGIN = 62;

    private final PdfProperties properties;
    private final Typesetter type;

    /**
     * Loads the fonts once for every report this instance writes.
     *
     * @throws IllegalArgumentException naming the setting when a font of {@code report.pdf.fallback-fonts}
     *     cannot be read
     */
    public PdfReport(PdfProperties properties) {
        this.properties = properties;
        this.type = new Typesetter(ReportFonts.load(properties.fallbackFonts()));
    }

    /** The report's file name: {@code actions-roi-2026-09-30.pdf}. */
    public static String fileName(LocalDate reportDate) {
        return "actions-roi-" + reportDate + ".pdf";
    }

    /**
     * Writes the report of {@code result} to {@code target}, under a temporary name renamed once complete. Text
     * with characters no font has is written with U+FFFD in their place, listed in the report's data-quality
     * section and logged as a warning.
     *
     * @throws IllegalArgumentException naming the setting when the logo cannot be read; nothing is written
     * @throws java.io.UncheckedIOException naming the file when it cannot be written; nothing is left behind
     */
    public void write(RoiResult result, Path target) {
        Branding branding = Branding.of(properties);
        List<UnprintableText> unprintable = UnprintableText.find(result, branding.organisation(), type);
        AtomicFile.write(target, out -> {
            try {
                render(result, branding, unprintable, out);
            }
            catch (ExceptionConverter e) {
                // OpenPDF wraps the write's own failure (a full disk) in a name that would say nothing to ops
                if (e.getException() instanceof IOException failure) {
                    throw failure;
                }
                throw e;
            }
        });
        for (UnprintableText text : unprintable) {
            LOG.warn("The PDF report {} prints the {} \"{}\" without the characters {}, which none of its fonts"
                    + " has: add a font that has them to report.pdf.fallback-fonts.", target.getFileName(),
                    text.where().toLowerCase(Locale.ROOT), text.text(), text.codes());
        }
    }

    private void render(RoiResult result, Branding branding, List<UnprintableText> unprintable, OutputStream out) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFooter(type, branding.theme(), footer(result, branding)));
        document.addTitle("Actions ROI report " + result.reportDate());
        document.addSubject("Self-service actions: hours saved, runs and approvals up to "
                + Numbers.time(result.asOf(), result.zone()));
        branding.organisation().ifPresent(document::addAuthor);
        document.addCreator("Actions ROI Report");
        document.open();
        float width = document.right() - document.left();
        new FirstPage(result, branding, type, width).addTo(document);
        if (result.totals().figures().totalRuns() > 0) {
            Charts charts = new Charts(type, branding.theme(), writer, width);
            new TrendsSection(result, type, branding.theme(), charts, writer, width).addTo(document);
            new ChartSection(result, type, branding.theme(), charts).addTo(document);
            new TableSection(result, type, branding.theme()).addTo(document);
        }
        new MethodSection(result, type, branding.theme(), unprintable).addTo(document);
        document.close();
    }

    private static List<String> footer(RoiResult result, Branding branding) {
        return List.of("Actions ROI report" + branding.organisation().map(name -> ", " + name).orElse("")
                        + ", report date " + result.reportDate() + ".",
                "Generated " + Numbers.time(result.generatedAt(), result.zone()) + " from " + result.source() + ".");
    }
}
