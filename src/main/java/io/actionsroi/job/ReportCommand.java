package io.actionsroi.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command line: runs the report for one date, then tells the shell how it went through the
 * exit code. A date whose report completed before is not made again; a date whose last run failed
 * is restarted where it failed.
 */
@Component
public class ReportCommand implements ApplicationRunner, ExitCodeGenerator {

    /** The job completed, or had completed before. */
    public static final int EXIT_OK = 0;
    /** The job failed; the reason is on stderr and a rerun of the same command restarts it. */
    public static final int EXIT_FAILED = 1;
    /** The settings were refused before any work. */
    public static final int EXIT_BAD_SETTINGS = 2;
    /** Another run for the same date is in progress. */
    public static final int EXIT_ALREADY_RUNNING = 3;

    private static final Logger log = LoggerFactory.getLogger(ReportCommand.class);

    private final JobOperator jobOperator;
    private final Job job;
    private final ReportProperties report;
    private final Clock clock;
    private int exitCode = EXIT_OK;

    public ReportCommand(JobOperator jobOperator, Job job, ReportProperties report, Clock clock) {
        this.jobOperator = jobOperator;
        this.job = job;
        this.report = report;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        LocalDate reportDate = report.reportDate(clock);
        ZoneId zone = report.zone();
        String which = "The report for " + reportDate + " (" + zone + ")";
        JobParameters parameters = new JobParametersBuilder()
                .addLocalDate(ActionsRoiJobConfiguration.REPORT_DATE, reportDate)
                .addString(ActionsRoiJobConfiguration.ZONE, zone.getId())
                .toJobParameters();
        try {
            JobExecution execution = jobOperator.start(job, parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                exitCode = EXIT_FAILED;
                fail(which + " failed" + failedStep(execution) + ": " + failureReason(execution)
                        + " Run the same command again to restart it where it failed.", execution);
            }
        }
        catch (JobInstanceAlreadyCompleteException e) {
            log.info("{} was already made: nothing to do.", which);
        }
        catch (JobExecutionAlreadyRunningException e) {
            exitCode = EXIT_ALREADY_RUNNING;
            System.err.println(which + " is being made by another run right now: this one stops without doing"
                    + " anything. If no other run is alive, see README, Troubleshooting.");
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static String failedStep(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStatus().isUnsuccessful())
                .map(StepExecution::getStepName)
                .findFirst()
                .map(name -> " in step '" + name + "'")
                .orElse("");
    }

    private static String failureReason(JobExecution execution) {
        return execution.getAllFailureExceptions().stream()
                .findFirst()
                .map(FailureMessages::describe)
                .orElse("status " + execution.getStatus());
    }

    private static void fail(String message, JobExecution execution) {
        System.err.println(message);
        execution.getAllFailureExceptions().forEach(e -> log.debug("Failure of job execution {}", execution.getId(), e));
    }
}
