package io.actionsroi.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.actionsroi.job.ReportCommand;

import static org.assertj.core.api.Assertions.assertThat;

/** A backfill of a range of dates: one job instance per date, in order, stopping at the first failure. */
@ExtendWith(OutputCaptureExtension.class)
class BackfillFunctionalTests {

    private static final List<String> DATES = List.of("2026-09-28", "2026-09-29", "2026-09-30");
    private static final String[] BACKFILL = {"--report.from=2026-09-28", "--report.to=2026-09-30",
            "--report.email.enabled=false"};

    @TempDir
    Path folder;

    @Test
    void aBackfillMakesEachDatesReportAndARerunRedoesNone(CapturedOutput output) {
        // given
        MailedReportCli cli = new MailedReportCli(folder, LoopbackSmtp.freePort());

        // when
        int exitCode = cli.run(BACKFILL);

        // then
        assertThat(exitCode).isZero();
        for (String date : DATES) {
            assertThat(cli.reportFile(date, "json")).as(date).exists();
            assertThat(cli.reportFile(date, "eml")).as(date).exists();
        }

        // when
        int again = cli.run(BACKFILL);

        // then
        assertThat(again).isZero();
        for (String date : DATES) {
            assertThat(output.getOut()).contains("The report for " + date + " (UTC) was already made: nothing to do.");
        }
    }

    @Test
    void aBackfillStopsAtTheFirstDateThatFailsAndTheSameCommandGoesOnFromThere(CapturedOutput output) throws Exception {
        // given: the second date's report folder cannot be made
        MailedReportCli cli = new MailedReportCli(folder, LoopbackSmtp.freePort());
        Path blocked = cli.reportFile("2026-09-29", "json").getParent();
        Files.createDirectories(blocked.getParent());
        Files.writeString(blocked, "in the way");

        // when
        int failed = cli.run(BACKFILL);

        // then: one line says which date failed, why, and where the backfill stands
        assertThat(failed).isEqualTo(ReportCommand.EXIT_FAILED);
        assertThat(output.getErr().strip().lines()).singleElement().asString()
                .startsWith("The report for 2026-09-29 (UTC) failed in step 'runs': Could not write the runs file")
                .endsWith("The backfill 2026-09-28 to 2026-09-30 stopped at 2026-09-29 (2026-09-28 is done);"
                        + " the same command skips the dates done and goes on from 2026-09-29.");
        assertThat(cli.reportFile("2026-09-28", "json")).exists();
        assertThat(cli.reportFile("2026-09-30", "json")).doesNotExist();

        // when: the obstacle is gone
        Files.delete(blocked);
        int resumed = cli.run(BACKFILL);

        // then
        assertThat(resumed).isZero();
        assertThat(output.getOut()).contains("The report for 2026-09-28 (UTC) was already made: nothing to do.");
        assertThat(cli.reportFile("2026-09-29", "json")).exists();
        assertThat(cli.reportFile("2026-09-30", "json")).exists();
    }

    @Test
    void aBackfillWithoutItsEndIsRefusedBeforeAnyWork(CapturedOutput output) {
        // given
        MailedReportCli cli = new MailedReportCli(folder, LoopbackSmtp.freePort());

        // when
        int exitCode = cli.run("--report.from=2026-09-28", "--report.email.enabled=false");

        // then
        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(output.getErr().strip()).startsWith("A backfill needs both report.from and report.to");
        assertThat(cli.reportFile("2026-09-28", "json")).doesNotExist();
    }
}
