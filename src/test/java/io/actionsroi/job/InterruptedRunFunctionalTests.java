package io.actionsroi.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.actionsroi.DemoExport;
import io.actionsroi.delivery.LoopbackSmtp;

/**
 * A run that is interrupted or overlapped, against a loopback Port and SMTP server and an H2 file job
 * repository: a process killed with SIGKILL in the middle of reading the runs, and two runs for the
 * same date at once.
 */
@ExtendWith(OutputCaptureExtension.class)
class InterruptedRunFunctionalTests {

    static final String DATE = "2026-09-30";
    private static final String RUNS = "action_run";
    static final int PAGE_SIZE = 100;
    static final int STALLED_PAGE = 10;
    static final String LEADERSHIP = "vp@example.com";

    @TempDir
    Path folder;

    @Test
    void aProcessKilledWhileReadingRunsIsRestartedByTheSameCommandAndSendsOneEmail(CapturedOutput output)
            throws Exception {
        try (PortLikeServer port = new PortLikeServer(PAGE_SIZE); LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given: a run in a process of its own, stuck on a page of runs half-way through
            serveWithStalledPage(port, aResponse().withFixedDelay(10_000).withStatus(200));
            ReportCli cli = new ReportCli(folder);
            String[] command = command(port, smtp);
            Process killed = cli.start(folder.resolve("killed.log"), command);
            awaitPageRequest(port, STALLED_PAGE, killed);

            // when: it is killed (SIGKILL: no shutdown hook, no cleanup), then the same command runs again
            killed.destroyForcibly();
            assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int exitCode = cli.run(command);

            // then: the second run restarted the dead one, and everything went out once
            assertThat(exitCode).as(Files.readString(folder.resolve("killed.log"))).isZero();
            assertThat(output.getOut()).contains("was left unfinished by process " + killed.pid())
                    .contains("restarting it where it stopped");
            assertThat(PortLikeServer.withoutRunDetails(PortLikeServer.readJson(cli.summary(DATE))))
                    .isEqualTo(PortLikeServer.withoutRunDetails(DemoExport.summary(Instant.EPOCH)));
            assertThat(smtp.mailboxOf(LEADERSHIP)).hasSize(1);
            assertThat(cli.run(command)).as("a third run finds the date done").isZero();
            assertThat(smtp.mailboxOf(LEADERSHIP)).hasSize(1);
        }
    }

    @Test
    void aSecondRunForTheSameDateWhileTheFirstIsAliveRefusesAndTheFirstCompletes(CapturedOutput output)
            throws Exception {
        try (PortLikeServer port = new PortLikeServer(PAGE_SIZE); LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given: a first run, slowed down on a page of runs; in this JVM, so both share the H2 database
            serveWithStalledPage(port, aResponse().withFixedDelay(3_000).withStatus(429));
            ReportCli cli = new ReportCli(folder);
            String[] command = command(port, smtp);
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> cli.run(command));
            awaitPageRequest(port, STALLED_PAGE, null);

            // when
            int second = cli.run(command);

            // then
            assertThat(second).isEqualTo(ReportCommand.EXIT_ALREADY_RUNNING);
            assertThat(output.getErr()).contains("The report for 2026-09-30 (UTC) is being made by another run right now:"
                    + " this one stops without doing anything.");
            assertThat(first.get(60, TimeUnit.SECONDS)).isZero();
            assertThat(smtp.mailboxOf(LEADERSHIP)).hasSize(1);
        }
    }

    @Test
    void aSecondProcessOnTheSameH2RepositoryRefusesClearlyWhileTheFirstRuns(CapturedOutput output) throws Exception {
        try (PortLikeServer port = new PortLikeServer(PAGE_SIZE); LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given: a first run in a process of its own, which holds the H2 database file open
            serveWithStalledPage(port, aResponse().withFixedDelay(5_000).withStatus(429));
            ReportCli cli = new ReportCli(folder);
            String[] command = command(port, smtp);
            Process first = cli.start(folder.resolve("first.log"), command);
            awaitPageRequest(port, STALLED_PAGE, first);

            // when
            int second = cli.run(command);

            // then
            assertThat(second).isEqualTo(ReportCommand.EXIT_ALREADY_RUNNING);
            assertThat(output.getErr()).contains("Another run of the report has the job repository open right now")
                    .doesNotContain("Exception");
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).as(Files.readString(folder.resolve("first.log"))).isZero();
            assertThat(smtp.mailboxOf(LEADERSHIP)).hasSize(1);
        }
    }

    /** Serves the demo export; page {@value #STALLED_PAGE} of the runs is answered by {@code stall} the first time. */
    static void serveWithStalledPage(PortLikeServer port, ResponseDefinitionBuilder stall) {
        port.issueTokens("token-1");
        port.serveExport();
        port.failPage(RUNS, STALLED_PAGE, stall);
    }

    static String[] command(PortLikeServer port, LoopbackSmtp smtp) {
        List<String> command = new ArrayList<>(port.settings());
        command.addAll(List.of("--report.date=" + DATE, "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.port(), "--report.email.from=actions-roi@example.com",
                "--report.email.to=" + LEADERSHIP));
        return command.toArray(String[]::new);
    }

    /** Waits until the run asked for a page of runs; fails early when its process ended before. */
    static void awaitPageRequest(PortLikeServer port, int page, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (port.pageRequests(RUNS, page) == 0) {
            assertThat(process == null || process.isAlive()).as("the run's process is alive").isTrue();
            assertThat(Instant.now()).as("page %d of the runs is asked for", page).isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
