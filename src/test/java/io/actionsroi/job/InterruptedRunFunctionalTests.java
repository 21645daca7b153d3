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
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.actionsroi.DemoExport;
import io.actionsroi.delivery.LoopbackSmtp;
import io.actionsroi.delivery.MimeParts;
import io.actionsroi.delivery.ScriptedSmtp;

/**
 * A run that is interrupted or overlapped, against a loopback Port and SMTP server and an H2 file job
 * repository: a process killed with SIGKILL in the middle of reading the runs, of writing the workbook,
 * of writing the PDF and of sending the emails, and two runs for the same date at once.
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
    void killedWritingTheWorkbookThenThePdfThenSendingTheEmailsTheRerunsEndWithAnUncrashedRunsReportAndOneEmailEach(
            CapturedOutput output) throws Exception {
        List<String> envelope = List.of("vp@example.com", "cto@example.com", "finance@example.com", "audit@example.com");
        String window = envelope.get(2);
        try (ScriptedSmtp smtp = ScriptedSmtp.start()) {
            // given: the report made by a run nothing interrupted, sending nothing
            ReportCli uncrashed = new ReportCli(folder.resolve("uncrashed"));
            assertThat(uncrashed.run(exportCommand(smtp, "--report.email.enabled=false"))).isZero();
            ReportContents expected = new ReportContents(uncrashed, DemoExport.REPORT_DATE);

            // and: the same command, held half-way through writing each output by a pipe at its temporary name,
            // and a mail server that takes the third recipient's email but never says so
            ReportCli cli = new ReportCli(folder.resolve("crashed"));
            String[] command = exportCommand(smtp);
            smtp.script(ScriptedSmtp.Moment.END_OF_DATA, window, ScriptedSmtp.DELIVER_IN_SILENCE);

            // when: killed while writing the workbook, then the same command killed while writing the PDF
            Killed inWorkbook = killedWhileWriting("xlsx", cli, command, expected);
            Killed inPdf = killedWhileWriting("pdf", cli, command, expected);

            // then: the second restarted the first
            assertThat(inPdf.output()).contains("was left unfinished by process " + inWorkbook.pid());

            // when: the same command, killed after the server took the third email and before it answered
            Path emailLog = folder.resolve("killed-in-email.log");
            Process inEmail = cli.start(emailLog, command);
            awaitDelivery(smtp, window, inEmail, emailLog);
            killed(inEmail);
            assertThat(Files.readString(emailLog)).contains("was left unfinished by process " + inPdf.pid());

            // and: the same command once more
            int exitCode = cli.run(command);

            // then: it completes where the last one stopped
            assertThat(exitCode).isZero();
            assertThat(output.getOut()).contains("was left unfinished by process " + inEmail.pid())
                    .contains("Emailed the report for " + DATE + " to 2 recipient(s) (2 had it from an earlier run)");
            try (Stream<Path> left = Files.list(cli.outputDir().resolve(DATE))) {
                assertThat(left.map(file -> file.getFileName().toString()))
                        .as("no temporary file, no runs file once the report is complete").noneMatch(name -> name.startsWith("."));
            }

            // and: one email each, but the recipient whose email the server took as the process died
            for (String recipient : envelope) {
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(recipient.equals(window) ? 2 : 1);
            }

            // and: the outputs say what the uncrashed run's say, and every email attaches the final files
            ReportContents made = new ReportContents(cli, DemoExport.REPORT_DATE);
            assertThat(made.summary()).isEqualTo(expected.summary());
            assertThat(made.workbookCells()).containsExactlyElementsOf(expected.workbookCells());
            assertThat(made.pdfText()).isEqualTo(expected.pdfText());
            String expectedBodies = expected.emailBodies(MimeParts.readEml(expected.file("eml")));
            for (String recipient : envelope) {
                for (MimeMessage email : smtp.mailboxOf(recipient)) {
                    assertThat(made.emailBodies(email)).as(recipient).isEqualTo(expectedBodies);
                    MimeParts parts = MimeParts.of(email);
                    assertThat(parts.attachments().get("actions-roi-" + DATE + ".xlsx")).as(recipient)
                            .isEqualTo(Files.readAllBytes(made.file("xlsx")));
                    assertThat(parts.attachments().get("actions-roi-" + DATE + ".pdf")).as(recipient)
                            .isEqualTo(Files.readAllBytes(made.file("pdf")));
                }
            }
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

    /** The demo export's report, emailed to four recipients through {@code smtp}, then {@code more}. */
    private static String[] exportCommand(ScriptedSmtp smtp, String... more) {
        // absolute: Spring resolves a relative path against the class path first, which differs in a child JVM
        List<String> command = new ArrayList<>(List.of("--port.export-dir=" + DemoExport.FOLDER.toAbsolutePath(),
                "--report.date=" + DATE,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--report.email.from=actions-roi@example.com", "--report.email.to=vp@example.com,cto@example.com",
                "--report.email.cc=finance@example.com", "--report.email.bcc=audit@example.com",
                "--report.email.reports-url=https://reports.example.com/{date}/"));
        command.addAll(List.of(more));
        return command.toArray(String[]::new);
    }

    /** A run's process killed, and what it printed. */
    private record Killed(long pid, String output) {
    }

    /**
     * Runs the command in a process of its own and kills it in the middle of writing its output with
     * {@code extension}, which it leaves half-written under its temporary name only, as a crash does.
     */
    private Killed killedWhileWriting(String extension, ReportCli cli, String[] command, ReportContents uncrashed)
            throws Exception {
        String name = "actions-roi-" + DATE + "." + extension;
        Path reportFolder = cli.outputDir().resolve(DATE);
        Path log = folder.resolve("killed-writing-" + extension + ".log");
        try (HeldOutput held = HeldOutput.at(reportFolder.resolve("." + name + ".tmp"))) {
            Process process = cli.start(log, command);
            held.awaitWriting(process, log);
            killed(process);
            assertThat(held.leaveAsPartialFile()).as("written before the kill").isLessThan(Files.size(uncrashed.file(extension)));
            assertThat(reportFolder.resolve(name)).doesNotExist();
            return new Killed(process.pid(), Files.readString(log));
        }
    }

    /** Kills with SIGKILL: no shutdown hook, no cleanup. */
    private static void killed(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Waits until the server has an email for {@code recipient}; fails early when the run ended before. */
    private static void awaitDelivery(ScriptedSmtp smtp, String recipient, Process process, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (smtp.mailboxOf(recipient).isEmpty()) {
            assertThat(process.isAlive()).as("the run sends the emails; its output: %s", Files.readString(log)).isTrue();
            assertThat(Instant.now()).as("the email to %s is sent", recipient).isBefore(deadline);
            Thread.sleep(20);
        }
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
