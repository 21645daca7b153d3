package io.actionsroi.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.actionsroi.DemoExport;
import io.actionsroi.roi.RoiResult;

/**
 * LibreOffice opens the demo workbook and prints every sheet to PDF. Skipped where LibreOffice is not
 * installed, unless ACTIONS_ROI_REQUIRE_LIBREOFFICE is set (as CI does): then its absence fails.
 */
class LibreOfficeConversionTest {

    private static final String REQUIRE = "ACTIONS_ROI_REQUIRE_LIBREOFFICE";
    private static final long TIMEOUT_MINUTES = 5;

    @TempDir
    Path folder;

    @Test
    void libreOfficeConvertsTheDemoWorkbookToPdf() throws Exception {
        // given
        Optional<Path> soffice = onPath("soffice");
        if (System.getenv(REQUIRE) == null) {
            assumeTrue(soffice.isPresent(), "soffice is not on the PATH: install LibreOffice (Debian package"
                    + " libreoffice-calc-nogui) to run this test");
        } else {
            assertThat(soffice).as("soffice on the PATH, since " + REQUIRE + " is set: install the Debian package"
                    + " libreoffice-calc-nogui").isPresent();
        }
        ExcelProperties properties = new ExcelProperties(30);
        RoiResult result = DemoExport.result(Instant.parse("2026-10-01T06:00:00Z"));
        Path workbook = folder.resolve(ExcelReport.fileName(result.reportDate()));
        new ExcelReport(properties).write(result, DemoExport.countedRuns().stream()
                .filter(run -> properties.runsWindow(result.asOf()).test(run.createdAt())).iterator(),
                Map.of("report.date", "2026-09-30"), workbook);
        Path pdfFolder = folder.resolve("pdf");
        Path output = folder.resolve("soffice.log");

        // when
        Process process = new ProcessBuilder(soffice.orElseThrow().toString(),
                // A profile of its own, so that runs in parallel (or a desktop session) do not clash.
                "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", pdfFolder.toString(), workbook.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("soffice did not convert the workbook within " + TIMEOUT_MINUTES + " minutes. Its output:\n"
                    + Files.readString(output));
        }

        // then
        String log = Files.readString(output);
        assertThat(process.exitValue()).as(log).isZero();
        Path pdf = pdfFolder.resolve("actions-roi-2026-09-30.pdf");
        assertThat(pdf).as(log).isNotEmptyFile();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Actions ROI report", "Hours saved by category", "About this workbook",
                    "Last 30 days vs the 30 days before", "Hours saved per month (lead time)", "Active users per week",
                    "No run in 30 days");
        }
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
