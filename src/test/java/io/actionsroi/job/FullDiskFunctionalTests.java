package io.actionsroi.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.actionsroi.report.json.SummaryJson;

/**
 * A report folder on a file system that fills up while the reports are written: a small tmpfs,
 * mounted in a mount namespace of the run's own ({@code unshare}), so that the disk is really full.
 * Skipped where the machine does not allow it, unless {@value #REQUIRED} is set (CI sets it).
 */
class FullDiskFunctionalTests {

    static final String REQUIRED = "ACTIONS_ROI_REQUIRE_TMPFS";
    private static final String DATE = "2026-09-30";
    private static final long PAGE = 4096;

    @TempDir
    Path folder;

    @Test
    void aDiskThatFillsUpWhileTheReportsAreWrittenFailsClearlyAndLeavesNoHalfWrittenFile() throws Exception {
        assumeTrue(System.getenv(REQUIRED) != null || canMountTmpfs(),
                "unshare and mount -t tmpfs are not allowed here; set " + REQUIRED + " to require them");
        // given: the sizes of a complete report, and room for all of it but half of the email
        ReportCli complete = new ReportCli(folder.resolve("complete"));
        assertThat(complete.run("--spring.profiles.active=demo")).isZero();
        Path completeFolder = complete.summary(DATE).getParent();
        long room = pages(completeFolder, "json") + pages(completeFolder, "xlsx") + pages(completeFolder, "pdf")
                + 16 * PAGE + pages(completeFolder, "eml") / 2;
        ReportCli cli = new ReportCli(folder.resolve("full"));
        Path reports = Files.createDirectories(cli.outputDir());
        Path left = Files.createDirectories(folder.resolve("left-behind"));

        // when: the run writes to a tmpfs of that size; what it leaves there is copied out at the end
        List<String> command = new ArrayList<>(List.of("unshare", "--map-root-user", "--mount", "sh", "-c",
                "mount -t tmpfs -o size=" + room / 1024 + "k tmpfs \"$1\" || exit 99; out=\"$1\"; copy=\"$2\"; shift 2;"
                        + " \"$@\"; code=$?; cp -a \"$out/.\" \"$copy/\"; exit $code",
                "sh", reports.toString(), left.toString()));
        command.addAll(cli.javaCommand("--spring.profiles.active=demo"));
        Path log = folder.resolve("full.log");
        Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

        // then: a non-zero exit, the reason in one line, and every report file left whole or not there
        String output = Files.readString(log);
        assertThat(run.exitValue()).as(output).isEqualTo(ReportCommand.EXIT_FAILED);
        assertThat(output).contains("failed in step 'delivery': Could not write")
                .contains("No space left on device").contains("Check that the folder is writable and the disk has space");
        Path leftFolder = left.resolve(DATE);
        try (Stream<Path> files = Files.list(leftFolder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("no temporary file is left, and the email is not there half-written")
                    .noneMatch(name -> name.endsWith(".tmp") || name.endsWith(".eml"));
        }
        assertThat(SummaryJson.read(leftFolder.resolve("actions-roi-" + DATE + ".json")).totals().figures().totalRuns())
                .isPositive();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(leftFolder.resolve("actions-roi-" + DATE + ".xlsx")));
                PDDocument pdf = Loader.loadPDF(leftFolder.resolve("actions-roi-" + DATE + ".pdf").toFile())) {
            assertThat(workbook.getSheet("Summary")).isNotNull();
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }

    /** The pages a report file of a complete run takes on a tmpfs. */
    private static long pages(Path folder, String extension) throws IOException {
        long size = Files.size(folder.resolve("actions-roi-" + DATE + "." + extension));
        return (size + PAGE - 1) / PAGE * PAGE;
    }

    private boolean canMountTmpfs() throws InterruptedException {
        try {
            Process probe = new ProcessBuilder("unshare", "--map-root-user", "--mount", "sh", "-c",
                    "mount -t tmpfs -o size=64k tmpfs \"$1\"", "sh", folder.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        }
        catch (IOException e) {
            return false;
        }
    }
}
