package io.actionsroi.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

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
    void theDemoProfileWritesTheSummaryWithTheSampleExpectedFigures(CapturedOutput output) {
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
    void aRunThatCouldNotWriteItsSummaryFailsThenRestartsAndCompletes(CapturedOutput output) throws Exception {
        // given: the report folder's path is taken by a file, so the summary cannot be written
        ReportCli cli = new ReportCli(folder);
        Path blocked = Files.createDirectories(cli.outputDir()).resolve(DATE);
        Files.writeString(blocked, "in the way");

        // when
        int failed = cli.run("--spring.profiles.active=demo");

        // then
        assertThat(failed).isEqualTo(ReportCommand.EXIT_FAILED);
        assertThat(output.getErr()).contains("The report for 2026-09-30 (UTC) failed in step 'summary': Could not write")
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
}
