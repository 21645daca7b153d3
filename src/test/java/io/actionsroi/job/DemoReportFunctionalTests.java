package io.actionsroi.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import io.actionsroi.DemoExport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole job on the bundled demo export, as the README's demo command runs it: its JSON summary
 * is exactly what the ROI model makes of the export (which SampleDataFiguresTest holds against the
 * sample's expected figures, figure by figure), and its headline agrees with those figures.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoReportFunctionalTests {

    private static final String DATE = DemoExport.REPORT_DATE.toString();

    @TempDir
    Path folder;

    @Test
    void theDemoProfileWritesTheSummaryWithTheSampleExpectedFigures(CapturedOutput output) throws Exception {
        // given
        ReportCli cli = new ReportCli(folder);

        // when
        int exitCode = cli.run("--spring.profiles.active=demo");

        // then: every figure, highlight and data-quality item as the model makes them
        assertThat(exitCode).isZero();
        JsonNode summary = PortLikeServer.readJson(cli.summary(DATE));
        assertThat(summary).isEqualTo(DemoExport.summary(Instant.parse(summary.get("generatedAt").asString())));

        // and the headline as computed independently
        JsonNode expected = DemoExport.expectedFigures();
        assertThat(summary.get("asOf").asString()).isEqualTo(expected.get("asOf").asString());
        for (String figure : List.of("total_lead_time_savings_h", "total_cycle_time_savings_h", "total_waiting_time_h",
                "total_runs")) {
            double value = expected.get("totals").get(figure).asDouble();
            assertThat(summary.get("totals").get(figure).asDouble()).as(figure)
                    .isCloseTo(value, within(Math.abs(value) * 1e-9));
        }
        expected.get("highlights").properties().forEach(highlight -> assertThat(
                summary.get("highlights").get(highlight.getKey()).get("identifier").asString())
                .as(highlight.getKey()).isEqualTo(highlight.getValue().asString()));
        assertThat(output.getOut()).contains("Report 2026-09-30 (UTC): 71,525.277 h saved (lead time)");

        // and the workbook lists the counted runs of the last 30 days; the runs kept for it are gone
        assertThat(runsSheetRows(cli)).isEqualTo(DemoExport.countedRuns().stream()
                .filter(run -> !run.createdAt().isBefore(DemoExport.REPORT_DATE.minusDays(29).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .count());
        assertThat(cli.summary(DATE).resolveSibling(".actions-roi-" + DATE + "-runs.gz")).doesNotExist();

        // and the PDF shows the same headline, as Port does, with three decimals
        try (PDDocument pdf = Loader.loadPDF(cli.summary(DATE).resolveSibling("actions-roi-" + DATE + ".pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("71,525.277");
        }
    }

    @Test
    void aRunWhoseWorkbookFailedRestartsAtTheWorkbookWithTheRunsItKept(CapturedOutput output) throws Exception {
        // given: a copy of the demo export, and the workbook's name taken by a folder, so that the workbook
        // cannot be renamed into place
        Path export = Files.createDirectories(folder.resolve("export"));
        try (var files = Files.list(DemoExport.FOLDER)) {
            for (Path file : files.toList()) {
                Files.copy(file, export.resolve(file.getFileName()));
            }
        }
        ReportCli cli = new ReportCli(folder);
        Path workbook = cli.summary(DATE).resolveSibling("actions-roi-" + DATE + ".xlsx");
        Files.createDirectories(workbook.resolve("in-the-way"));
        String[] command = {"--spring.profiles.active=demo", "--port.export-dir=" + export,
                "--report.excel.runs-window-days=0"};
        assertThat(cli.run(command)).isEqualTo(ReportCommand.EXIT_FAILED);
        assertThat(output.getErr()).contains("failed in step 'workbook': Could not write " + workbook.toAbsolutePath());

        // when: the obstacle is gone, so are the export's runs, and the same command runs again
        Files.delete(workbook.resolve("in-the-way"));
        Files.delete(workbook);
        Files.delete(export.resolve("action_run.json"));
        int restarted = cli.run(command);

        // then: the restart went on from the workbook with the runs it kept, and lists every counted run
        assertThat(restarted).isZero();
        assertThat(runsSheetRows(cli)).isEqualTo(DemoExport.countedRuns().size());
    }

    private static long runsSheetRows(ReportCli cli) throws Exception {
        Path workbook = cli.summary(DATE).resolveSibling("actions-roi-" + DATE + ".xlsx");
        try (XSSFWorkbook excel = new XSSFWorkbook(Files.newInputStream(workbook))) {
            return excel.getSheet("Runs").getLastRowNum();
        }
    }

    @Test
    void aSecondRunForTheSameDateDoesNothingAndSaysSo(CapturedOutput output) throws Exception {
        // given
        ReportCli cli = new ReportCli(folder);
        assertThat(cli.run("--spring.profiles.active=demo")).isZero();
        Path summary = cli.summary(DATE);
        FileTime firstWritten = Files.getLastModifiedTime(summary);
        Files.setLastModifiedTime(summary, FileTime.fromMillis(firstWritten.toMillis() - 60_000));

        // when
        int exitCode = cli.run("--spring.profiles.active=demo");

        // then
        assertThat(exitCode).isZero();
        assertThat(output.getOut()).contains("The report for 2026-09-30 (UTC) was already made: nothing to do.");
        assertThat(Files.getLastModifiedTime(summary).toMillis()).isEqualTo(firstWritten.toMillis() - 60_000);
    }

    @Test
    void aRunThatCouldNotWriteToItsReportFolderFailsThenRestartsAndCompletes(CapturedOutput output) throws Exception {
        // given: the report folder's path is taken by a file, so nothing can be written there
        ReportCli cli = new ReportCli(folder);
        Path blocked = Files.createDirectories(cli.outputDir()).resolve(DATE);
        Files.writeString(blocked, "in the way");

        // when
        int failed = cli.run("--spring.profiles.active=demo");

        // then
        assertThat(failed).isEqualTo(ReportCommand.EXIT_FAILED);
        assertThat(output.getErr()).contains("The report for 2026-09-30 (UTC) failed in step 'runs': Could not write the runs file")
                .contains("Run the same command again");
        assertThat(output.getErr().strip().lines()).hasSize(1);

        // when: the obstacle is gone and the same command runs again
        Files.delete(blocked);
        int restarted = cli.run("--spring.profiles.active=demo");

        // then: the restart recomputes the figures instead of finding them gone, and counts no run twice
        assertThat(restarted).isZero();
        JsonNode summary = PortLikeServer.readJson(cli.summary(DATE));
        assertThat(summary).isEqualTo(DemoExport.summary(Instant.parse(summary.get("generatedAt").asString())));
    }
    @Test
    void theDemoRunsFromAFolderWithoutTheDemoExportOnTheCopyInsideTheJar() throws Exception {
        // given: a working directory without demo/, as for a downloaded jar or the container image
        ReportCli cli = new ReportCli(folder);
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));

        // when: the demo, in a JVM of its own working there, on the class path the jar holds
        Process demo = new ProcessBuilder(cli.javaCommand("--spring.profiles.active=demo")).directory(elsewhere.toFile())
                .redirectErrorStream(true).start();
        String output = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        // then: the same figures as from the folder, and the report says where they came from
        assertThat(demo.waitFor()).as(output).isZero();
        assertThat(elsewhere.resolve("demo")).doesNotExist();
        JsonNode summary = PortLikeServer.readJson(cli.summary(DATE));
        assertThat(summary.get("source").asString()).isEqualTo("demo/port-export (inside the jar)");
        assertThat(PortLikeServer.withoutRunDetails(summary)).isEqualTo(PortLikeServer.withoutRunDetails(
                DemoExport.summary(Instant.parse(summary.get("generatedAt").asString()))));
        assertThat(output).contains("Reading entities from the export folder demo/port-export (inside the jar)");
    }

    @Test
    void partialDayMakesTodaysReportInAJobInstanceOfItsOwnMarkedPartial(CapturedOutput output) throws Exception {
        // given: today in Tokyo, whose day has not ended
        ReportCli cli = new ReportCli(folder);
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();

        // when
        int exitCode = cli.run("--spring.profiles.active=demo", "--report.date=" + today, "--report.zone=Asia/Tokyo",
                "--report.partial-day=true");

        // then: the report is made, and its job instance says it is partial and is a one-off, which leaves the
        // date's delivery to a run once the day has ended
        assertThat(exitCode).isZero();
        assertThat(cli.summary(today)).exists();
        try (Connection repository = DriverManager.getConnection(cli.jdbcUrl(), "sa", "");
                Statement query = repository.createStatement();
                ResultSet parameters = query.executeQuery("SELECT PARAMETER_NAME, PARAMETER_VALUE FROM"
                        + " BATCH_JOB_EXECUTION_PARAMS WHERE IDENTIFYING = 'Y'")) {
            Map<String, String> identifying = new HashMap<>();
            while (parameters.next()) {
                identifying.put(parameters.getString(1), parameters.getString(2));
            }
            assertThat(identifying).containsEntry(ActionsRoiJobConfiguration.PARTIAL_DAY, "true")
                    .containsKey(DeliveryInstances.REQUESTED_AT).containsEntry(ActionsRoiJobConfiguration.ZONE, "Asia/Tokyo");
        }
        // and every output says that it is partial
        Path summary = cli.summary(today);
        assertThat(PortLikeServer.readJson(summary).get("partial").asBoolean()).isTrue();
        String partial = "Partial report: the day had not ended when it was made";
        try (XSSFWorkbook workbook = new XSSFWorkbook(summary.resolveSibling("actions-roi-" + today + ".xlsx").toFile())) {
            List<String> texts = new ArrayList<>();
            workbook.getSheet("Summary").forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }));
            assertThat(texts).anySatisfy(text -> assertThat(text).startsWith(partial));
        }
        try (PDDocument pdf = Loader.loadPDF(summary.resolveSibling("actions-roi-" + today + ".pdf").toFile())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(pdf).replaceAll("\\s+", " ")).contains(partial);
        }
        String email = Files.readString(summary.resolveSibling("actions-roi-" + today + ".eml"));
        assertThat(email).contains("Subject: [PARTIAL] Actions ROI " + today);
        assertThat(output.getOut()).contains("Partial report " + today + " (Asia/Tokyo)");
    }

    @Test
    void aRunTheJobRepositoryWillNotRestartFailsAsARunNotAsRefusedSettings(CapturedOutput output) throws Exception {
        // given: a failed run of the date, which the job repository then holds in the UNKNOWN status (as
        // after a failure that could not be rolled back), from which Spring Batch refuses to restart
        ReportCli cli = new ReportCli(folder);
        Path blocked = Files.createDirectories(cli.outputDir()).resolve(DATE);
        Files.writeString(blocked, "in the way");
        assertThat(cli.run("--spring.profiles.active=demo")).isEqualTo(ReportCommand.EXIT_FAILED);
        Files.delete(blocked);
        try (Connection repository = DriverManager.getConnection(cli.jdbcUrl(), "sa", "");
                Statement update = repository.createStatement()) {
            assertThat(update.executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN'")).isOne();
        }

        // when
        int exitCode = cli.run("--spring.profiles.active=demo");

        // then: exit 1 with what stopped it, not exit 2 ("settings refused before any work")
        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_FAILED);
        assertThat(output.getErr()).contains("The report for 2026-09-30 (UTC) could not be run: ")
                .contains("UNKNOWN").contains("Run the same command again");
    }
}
