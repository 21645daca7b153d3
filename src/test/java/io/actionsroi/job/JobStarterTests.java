package io.actionsroi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.CannotSerializeTransactionException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.TransactionSystemException;

import io.actionsroi.DemoExport;

/**
 * A run that starts while another run is half-way through starting the same report date, as runs on
 * hosts sharing a job repository may: the other's job instance exists, its execution not yet. Here the
 * other run is this test, writing to the run's H2 file job repository from the same process. And the
 * other way such a start fails, PostgreSQL's serialization failure, as Spring reports it.
 */
@ExtendWith(OutputCaptureExtension.class)
class JobStarterTests {

    private static final JobParameters REPORT = new JobParametersBuilder()
            .addLocalDate(ActionsRoiJobConfiguration.REPORT_DATE, DemoExport.REPORT_DATE)
            .addString(ActionsRoiJobConfiguration.ZONE, "UTC")
            .toJobParameters();
    private static final String LOOKING_AGAIN = "The report for 2026-09-30 (UTC) was being started by another run at"
            + " the same moment (Cannot find any job execution for job instance";

    @TempDir
    Path folder;

    @Test
    void aStartThatFindsTheOtherRunsInstanceBeforeItsExecutionLooksAgainAndThenRefuses(CapturedOutput output)
            throws Exception {
        // given: the other run's job instance, without its execution yet
        ReportCli cli = new ReportCli(folder);
        JobRepository otherRun = jobRepository(cli);
        JobInstance instance = otherRun.createJobInstance(ActionsRoiJobConfiguration.JOB_NAME, REPORT);

        // when: a run starts, and the other run's execution appears once the run has found it missing
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cli.run("--spring.profiles.active=demo"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!output.getOut().contains(LOOKING_AGAIN)) {
            assertThat(run).as("the run is still trying").isNotDone();
            assertThat(Instant.now()).as("the run finds the execution missing").isBefore(deadline);
            Thread.sleep(20);
        }
        otherRun.createJobExecution(instance, REPORT, new ExecutionContext());

        // then: it refuses as a start during the other run does, and has made nothing
        assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(ReportCommand.EXIT_ALREADY_RUNNING);
        assertThat(output.getErr()).contains("The report for 2026-09-30 (UTC) is being made by another run right now");
        assertThat(cli.summary(DemoExport.REPORT_DATE.toString())).doesNotExist();
    }

    @Test
    void aStartThatKeepsFindingAnInstanceWithoutExecutionGivesUpAfterAFewAttempts(CapturedOutput output) {
        // given: a job instance whose execution never appears (its process died in between)
        ReportCli cli = new ReportCli(folder);
        jobRepository(cli).createJobInstance(ActionsRoiJobConfiguration.JOB_NAME, REPORT);

        // when
        int exitCode = cli.run("--spring.profiles.active=demo");

        // then: a failed run, with Spring Batch's reason, after a bounded number of attempts
        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_FAILED);
        assertThat(output.getOut().lines().filter(line -> line.contains(LOOKING_AGAIN)))
                .hasSize(JobStarter.MAX_ATTEMPTS - 1);
        assertThat(output.getErr()).contains("The report for 2026-09-30 (UTC) could not be run: Cannot find any job"
                + " execution for job instance");
    }

    @Test
    void aSerializationFailureCountsAsALostRaceInAStatementOrAtCommit() {
        // given: PostgreSQL's refusal, and another failure of the same class of states
        SQLException notSerializable = new PSQLException(
                "ERROR: could not serialize access due to read/write dependencies among transactions",
                PSQLState.SERIALIZATION_FAILURE);
        SQLException deadlock = new PSQLException("ERROR: deadlock detected", PSQLState.DEADLOCK_DETECTED);

        // then: as Spring reports it from a statement, and from a commit
        assertThat(JobStarter.isSerializationFailure(
                new CannotSerializeTransactionException("PreparedStatementCallback", notSerializable))).isTrue();
        assertThat(JobStarter.isSerializationFailure(
                new TransactionSystemException("Could not commit JDBC transaction", notSerializable))).isTrue();
        assertThat(JobStarter.isSerializationFailure(
                new TransactionSystemException("Could not commit JDBC transaction", deadlock))).isFalse();
    }

    /** Spring Batch's tables in the run's H2 file database, and a job repository on them. */
    private static JobRepository jobRepository(ReportCli cli) {
        DataSource dataSource = new DriverManagerDataSource(cli.jdbcUrl(), "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"))
                .execute(dataSource);
        return JobRepositories.on(dataSource);
    }
}
