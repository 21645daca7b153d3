package io.actionsroi.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.actionsroi.DemoExport;
import io.actionsroi.delivery.LoopbackSmtp;
import io.actionsroi.report.json.SummaryJson;

/**
 * A report folder on a file system that fills up, or turns read-only, while each output is written: a
 * small tmpfs, mounted in a mount namespace of the runs' own ({@code unshare}), so that the disk is
 * really full and really unwritable, even for root. Skipped where the machine does not allow it, unless
 * {@value #REQUIRED} is set (CI sets it).
 */
class FullDiskFunctionalTests {

    static final String REQUIRED = "ACTIONS_ROI_REQUIRE_TMPFS";
    private static final String DATE = "2026-09-30";
    private static final long PAGE = 4096;
    /** Room for what a tmpfs may hold besides the files' pages; far less than half of any report file. */
    private static final long SLACK = 2 * PAGE;
    private static final Pattern RUN = Pattern.compile("=== run (\\d+): (.*)\\n((?s:.*?))=== exit (\\d+); files: (.*)\\n");

    @TempDir
    Path folder;

    @Test
    void eachOutputFailsClearlyOnAFullDiskAndOnAReadOnlyOneLeavingNoHalfFileAndTheRerunCompletesOnceThereIsRoom()
            throws Exception {
        assumeTrue(System.getenv(REQUIRED) != null || canMountTmpfs(),
                "unshare and mount -t tmpfs are not allowed here; set " + REQUIRED + " to require them");
        try (LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given: the size of each file of a report whose email could not be sent (so the runs file is kept)
            ReportCli sizes = new ReportCli(folder.resolve("sizes"));
            assertThat(sizes.run(command(LoopbackSmtp.freePort()))).isEqualTo(ReportCommand.EXIT_FAILED);
            Path made = sizes.outputDir().resolve(DATE);
            long runs = pages(made.resolve(".actions-roi-" + DATE + "-runs.gz"));
            long json = pages(made, "json");
            long workbook = pages(made, "xlsx");
            long pdf = pages(made, "pdf");
            long eml = pages(made, "eml");

            // when: the same command runs on a tmpfs that fits everything before each output and half of it,
            // then is read-only, then grows; the last time it fits everything
            ReportCli cli = new ReportCli(folder.resolve("full"));
            Path reports = Files.createDirectories(cli.outputDir());
            long before = runs + json;
            List<String> mounts = List.of(size(before + workbook / 2), "ro",
                    "rw," + size(before + workbook + pdf / 2), "ro",
                    "rw," + size(before + workbook + pdf + eml / 2), "ro",
                    "rw," + size(2 * (before + workbook + pdf + eml)));
            Path left = Files.createDirectories(folder.resolve("left-behind"));
            List<String> leading = new ArrayList<>(List.of(reports.toString()));
            leading.addAll(mounts);
            leading.add("--");
            List<String> namespace = new ArrayList<>(List.of("unshare", "--map-root-user", "--mount", "sh", "-c",
                    "out=\"$1\"; copy=\"$2\"; shift 2; \"$@\"; code=$?; cp -a \"$out/.\" \"$copy/\"; exit $code",
                    "sh", reports.toString(), left.toString()));
            namespace.addAll(cli.javaCommand(RunsOnRemountedDisk.class, leading, command(smtp.port())));
            Path log = folder.resolve("runs.log");
            Process process = new ProcessBuilder(namespace).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
            String output = Files.readString(log);
            assertThat(process.exitValue()).as(output).isZero();
            List<Run> done = Run.all(output);
            assertThat(done).as(output).hasSize(mounts.size());

            // then: each output fails on the full disk, then on the read-only one, saying which file and why,
            // with no temporary file left and the output not there under its name
            Path reportFolder = reports.resolve(DATE);
            String[][] steps = {{"workbook", "xlsx"}, {"pdf", "pdf"}, {"delivery", "eml"}};
            for (int step = 0; step < steps.length; step++) {
                String file = reportFolder.resolve("actions-roi-" + DATE + "." + steps[step][1]).toString();
                for (Run run : List.of(done.get(2 * step), done.get(2 * step + 1))) {
                    String reason = run.mount().equals("ro") ? "Read-only file system)" : "IOException (No space left on device)";
                    assertThat(run.exitCode()).as(run.output()).isEqualTo(ReportCommand.EXIT_FAILED);
                    assertThat(run.output()).contains("failed in step '" + steps[step][0] + "': Could not write " + file + ": ")
                            .contains(reason).contains("Check that the folder is writable and the disk has space");
                    assertThat(run.files()).as(run.output()).noneMatch(name -> name.endsWith(".tmp"))
                            .doesNotContain(Path.of(file).getFileName().toString());
                }
            }

            // and: once there is room, the same command completes: every file whole, the email sent once
            Run last = done.get(done.size() - 1);
            assertThat(last.exitCode()).as(last.output()).isZero();
            assertThat(last.files()).containsExactlyInAnyOrder("actions-roi-" + DATE + ".json",
                    "actions-roi-" + DATE + ".xlsx", "actions-roi-" + DATE + ".pdf", "actions-roi-" + DATE + ".eml");
            Path leftFolder = left.resolve(DATE);
            assertThat(SummaryJson.read(leftFolder.resolve("actions-roi-" + DATE + ".json")).totals().figures().totalRuns())
                    .isPositive();
            try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(leftFolder.resolve("actions-roi-" + DATE + ".xlsx")));
                    PDDocument document = Loader.loadPDF(leftFolder.resolve("actions-roi-" + DATE + ".pdf").toFile())) {
                assertThat(read.getSheet("Summary")).isNotNull();
                assertThat(document.getNumberOfPages()).isPositive();
            }
            assertThat(smtp.mailboxOf("vp@example.com")).hasSize(1);
        }
    }

    /** One run of {@link RunsOnRemountedDisk}: the mount options it ran on, its output, exit code and files. */
    private record Run(String mount, String output, int exitCode, List<String> files) {

        static List<Run> all(String log) {
            List<Run> runs = new ArrayList<>();
            Matcher run = RUN.matcher(log);
            while (run.find()) {
                runs.add(new Run(run.group(2), run.group(3), Integer.parseInt(run.group(4)),
                        run.group(5).isBlank() ? List.of() : List.of(run.group(5).split(", "))));
            }
            return runs;
        }
    }

    /** The demo export's report, emailed through a mail server on 127.0.0.1:{@code smtpPort}, trying once. */
    private static String[] command(int smtpPort) {
        return new String[] {"--port.export-dir=" + DemoExport.FOLDER.toAbsolutePath(), "--report.date=" + DATE,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort, "--report.email.retry.attempts=1",
                "--report.email.from=actions-roi@example.com", "--report.email.to=vp@example.com"};
    }

    private static String size(long bytes) {
        return "size=" + (bytes + SLACK) / 1024 + "k";
    }

    /** The pages a report file takes on a tmpfs. */
    private static long pages(Path folder, String extension) throws IOException {
        return pages(folder.resolve("actions-roi-" + DATE + "." + extension));
    }

    private static long pages(Path file) throws IOException {
        return (Files.size(file) + PAGE - 1) / PAGE * PAGE;
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
