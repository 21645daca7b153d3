package io.actionsroi.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import tools.jackson.databind.JsonNode;

import io.actionsroi.DemoExport;
import io.actionsroi.delivery.LoopbackSmtp;

/**
 * The job repository on PostgreSQL, as hosts that share it use it: the demo job with its deliveries
 * recorded there, a run killed with SIGKILL on another host and restarted, and two processes started
 * together for the same date, again and again. Each test has a schema of its own (see {@link PostgresSchema}).
 */
@ExtendWith(OutputCaptureExtension.class)
class PostgresJobRepositoryFunctionalTests {

    private static final List<String> LEADERSHIP = List.of("vp@example.com", "cto@example.com");
    private static final int RACES = 5;
    private static final String ANOTHER_HOST = "host-that-died";

    @TempDir
    Path folder;

    @Test
    void theDemoJobMakesItsReportAndRecordsEachDeliveryInPostgres(CapturedOutput output) throws Exception {
        try (PostgresSchema repository = PostgresSchema.create(); LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given
            ReportCli cli = new ReportCli(folder, repository.settings());
            String[] command = mailedDemo(smtp, "--report.date=" + InterruptedRunFunctionalTests.DATE);

            // when: the date, then the date again
            int exitCode = cli.run(command);
            int again = cli.run(command);

            // then: the report, one email each, recorded in the ledger its migration made
            assertThat(exitCode).isZero();
            JsonNode summary = PortLikeServer.readJson(cli.summary(InterruptedRunFunctionalTests.DATE));
            assertThat(summary).isEqualTo(DemoExport.summary(Instant.parse(summary.get("generatedAt").asString())));
            for (String recipient : LEADERSHIP) {
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(1);
            }
            assertThat(repository.jdbc().sql("SELECT report_date || ' ' || scope || ' ' || channel || ' ' || target"
                    + " FROM actions_roi_delivery ORDER BY 1").query(String.class).list())
                    .containsExactly("2026-09-30 organisation email cto@example.com",
                            "2026-09-30 organisation email vp@example.com");
            assertThat(repository.jdbc().sql("SELECT version || ' ' || success FROM actions_roi_schema_history"
                    + " WHERE version IS NOT NULL ORDER BY installed_rank").query(String.class).list())
                    .containsExactly("1 true", "2 true");
            assertThat(again).isZero();
            assertThat(output.getOut()).contains("The report for 2026-09-30 (UTC) was already made: nothing to do.");
            assertThat(smtp.all()).hasSize(LEADERSHIP.size());
        }
    }

    /**
     * A run killed with SIGKILL, as if on another host, whose process cannot be looked up from here: its
     * date is released once it has shown no progress for report.dead-run-after.
     */
    @Test
    void aRunKilledOnAnotherHostIsRestartedOnceItHasShownNoProgressForDeadRunAfter(CapturedOutput output)
            throws Exception {
        try (PostgresSchema repository = PostgresSchema.create();
                PortLikeServer port = new PortLikeServer(InterruptedRunFunctionalTests.PAGE_SIZE);
                LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given: a run in a process of its own, stuck on a page of runs half-way through, killed with
            // SIGKILL; its record then names another host as its own
            InterruptedRunFunctionalTests.serveWithStalledPage(port, aResponse().withFixedDelay(10_000).withStatus(200));
            ReportCli cli = new ReportCli(folder, repository.settings());
            String[] command = InterruptedRunFunctionalTests.command(port, smtp);
            Process killed = cli.start(folder.resolve("killed.log"), command);
            InterruptedRunFunctionalTests.awaitPageRequest(port, InterruptedRunFunctionalTests.STALLED_PAGE, killed);
            killed.destroyForcibly();
            assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
            moveToAnotherHost(repository);

            // when: the same command, then the same with a dead-run-after that the dead run has exceeded
            int meanwhile = cli.run(command);
            Thread.sleep(1_000);
            int released = cli.run(with(command, "--report.dead-run-after=1s"));

            // then: the first refused, as for a live run; the second restarted it, and everything went out once
            assertThat(meanwhile).isEqualTo(ReportCommand.EXIT_ALREADY_RUNNING);
            assertThat(released).as(Files.readString(folder.resolve("killed.log"))).isZero();
            assertThat(output.getOut()).contains("was left unfinished by process " + killed.pid() + " on " + ANOTHER_HOST
                    + ", with no progress since").contains("restarting it where it stopped");
            assertThat(PortLikeServer.withoutRunDetails(PortLikeServer.readJson(cli.summary(InterruptedRunFunctionalTests.DATE))))
                    .isEqualTo(PortLikeServer.withoutRunDetails(DemoExport.summary(Instant.EPOCH)));
            assertThat(smtp.mailboxOf(InterruptedRunFunctionalTests.LEADERSHIP)).hasSize(1);
            assertThat(repository.jdbc().sql("SELECT status FROM batch_job_execution ORDER BY job_execution_id")
                    .query(String.class).list()).containsExactly("FAILED", "COMPLETED");
        }
    }

    /**
     * Two hosts' processes, each with its own report folder, start the same date on one job repository;
     * a lock on Spring Batch's job instance table holds both until both are about to start the job, then
     * lets them go together: the race that hosts started by the same schedule run now and then.
     */
    @Test
    void twoHostsStartedTogetherForTheSameDateMakeOneReportAndSendOneEmailEachTime() throws Exception {
        try (PostgresSchema repository = PostgresSchema.create(); LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given: Spring Batch's tables, which the lock needs (the migrations are left to the first race)
            new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"))
                    .execute(repository.dataSource());
            List<ReportCli> hosts = Stream.of("host-a", "host-b")
                    .map(host -> new ReportCli(folder.resolve(host), repository.settings())).toList();
            int startsThatLookedAgain = 0;

            for (int race = 1; race <= RACES; race++) {
                String date = DemoExport.REPORT_DATE.minusDays(race).toString();

                // when
                List<Process> processes = new ArrayList<>();
                try (Connection barrier = repository.dataSource().getConnection()) {
                    barrier.setAutoCommit(false);
                    try (Statement lock = barrier.createStatement()) {
                        lock.execute("LOCK TABLE batch_job_instance IN ACCESS EXCLUSIVE MODE");
                    }
                    for (ReportCli host : hosts) {
                        List<String> command = host.javaCommand(mailedDemo(smtp, "--report.date=" + date));
                        command.addAll(1, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
                        Path log = host.outputDir().resolveSibling(date + ".log");
                        Files.createDirectories(log.getParent());
                        processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                                .start());
                    }
                    awaitBlockedBy(barrier, repository, processes);
                    barrier.commit();
                }
                List<Integer> exitCodes = new ArrayList<>();
                for (Process process : processes) {
                    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("race %d ends", race).isTrue();
                    exitCodes.add(process.exitValue());
                }

                // then: one made the report, the other saw it being made (3) or made (0)
                String logs = hosts.stream().map(host -> read(host.outputDir().resolveSibling(date + ".log")))
                        .reduce("", String::concat);
                assertThat(exitCodes).as(logs).contains(ReportCommand.EXIT_OK)
                        .allMatch(code -> code == ReportCommand.EXIT_OK || code == ReportCommand.EXIT_ALREADY_RUNNING);
                assertThat(hosts.stream().filter(host -> Files.exists(host.summary(date)))).as(logs).hasSize(1);
                assertThat(repository.jdbc().sql("SELECT e.status FROM batch_job_execution e"
                        + " JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id"
                        + " WHERE p.parameter_name = 'reportDate' AND p.parameter_value = ?")
                        .param(date).query(String.class).list()).as(logs).containsExactly("COMPLETED");
                for (String recipient : LEADERSHIP) {
                    assertThat(smtp.mailboxOf(recipient).stream().filter(message -> subject(message).contains(date)))
                            .as("%s's emails of %s", recipient, date).hasSize(1);
                }
                startsThatLookedAgain += logs.contains("was being started by another run at the same moment") ? 1 : 0;
            }
            assertThat(smtp.all()).hasSize(RACES * LEADERSHIP.size());
            assertThat(startsThatLookedAgain).as("races close enough that the loser had to look again").isPositive();
        }
    }

    /** Makes the only job execution's record name {@value #ANOTHER_HOST} as the host of its process. */
    private static void moveToAnotherHost(PostgresSchema repository) {
        JobRepository jobRepository = JobRepositories.on(repository.dataSource());
        JobExecution execution = jobRepository.getLastJobExecution(jobRepository.getJobInstances(
                ActionsRoiJobConfiguration.JOB_NAME, 0, 1).get(0));
        RunOwner owner = RunOwner.of(execution.getExecutionContext()).orElseThrow();
        new RunOwner(ANOTHER_HOST, owner.pid(), owner.processStart()).writeTo(execution.getExecutionContext());
        jobRepository.updateExecutionContext(execution);
    }

    private static String[] with(String[] command, String setting) {
        return Stream.concat(Stream.of(command), Stream.of(setting)).toArray(String[]::new);
    }

    /** The demo export, emailed to leadership through {@code smtp}. */
    private static String[] mailedDemo(LoopbackSmtp smtp, String... args) {
        return Stream.concat(Stream.of("--spring.profiles.active=demo", "--report.email.enabled=true",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--report.email.from=actions-roi@example.com", "--report.email.to=" + String.join(",", LEADERSHIP)),
                Stream.of(args)).toArray(String[]::new);
    }

    /** Waits until every process waits for the barrier's lock; fails early when one of them ended. */
    private static void awaitBlockedBy(Connection barrier, PostgresSchema repository, List<Process> processes)
            throws Exception {
        int barrierPid;
        try (Statement statement = barrier.createStatement();
                ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            barrierPid = result.getInt(1);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (repository.jdbc().sql("SELECT count(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))")
                .param(barrierPid).query(Integer.class).single() < processes.size()) {
            assertThat(processes).as("the processes are alive").allMatch(Process::isAlive);
            assertThat(Instant.now()).as("both processes reach the job repository").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
