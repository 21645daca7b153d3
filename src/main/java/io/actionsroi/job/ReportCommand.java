package io.actionsroi.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import io.actionsroi.delivery.DeliveryMode;
import io.actionsroi.delivery.EmailChannel;
import io.actionsroi.delivery.chat.ChatDelivery;

/**
 * The command line: runs the report for one date, or for each date of a backfill in order, then tells
 * the shell how it went through the exit code. A date whose report completed before is not made again;
 * a date whose last run failed is restarted where it failed. A resend, a dry run and a test send run in
 * job instances of their own (see {@link DeliveryInstances}).
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

    private final Job job;
    private final ReportProperties report;
    private final EmailChannel emailChannel;
    private final ChatDelivery chatDelivery;
    private final DeliveryInstances instances;
    private final JobStarter starter;
    private final Clock clock;
    private int exitCode = EXIT_OK;

    ReportCommand(Job job, ReportProperties report, EmailChannel emailChannel, ChatDelivery chatDelivery,
            DeliveryInstances instances, JobStarter starter, Clock clock) {
        this.job = job;
        this.report = report;
        this.emailChannel = emailChannel;
        this.chatDelivery = chatDelivery;
        this.instances = instances;
        this.starter = starter;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        DeliveryMode mode = report.deliveryMode();
        Optional<String> refusal = report.conflict()
                .or(() -> report.unfinishedDay(clock))
                .or(() -> emailChannel.refusal(mode))
                .or(() -> chatDelivery.refusal(mode));
        if (refusal.isPresent()) {
            exitCode = EXIT_BAD_SETTINGS;
            System.err.println(refusal.get());
            return;
        }
        List<LocalDate> dates = report.reportDates(clock);
        for (LocalDate date : dates) {
            Optional<String> failure = runOne(date, mode);
            if (failure.isPresent()) {
                System.err.println(failure.get() + (report.isBackfill() ? backfillStopped(dates, date) : ""));
                return;
            }
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** What went wrong in a failed execution, as "failed in step 'x': reason". */
    public static String describeFailure(JobExecution execution) {
        return "failed" + failedSteps(execution);
    }

    /** The settings that run the same job instance again, as command-line arguments. */
    public static String rerunArguments(JobParameters parameters) {
        boolean partial = ActionsRoiJobConfiguration.isPartialDay(parameters);
        String arguments = "--report.date=" + parameters.getLocalDate(ActionsRoiJobConfiguration.REPORT_DATE)
                + " --report.zone=" + parameters.getString(ActionsRoiJobConfiguration.ZONE)
                + (partial ? " --report.partial-day=true" : "");
        DeliveryMode mode = DeliveryInstances.mode(parameters);
        if (mode.kind() != DeliveryMode.Kind.EMAIL) {
            return arguments + " " + mode.commandLineArguments();
        }
        return DeliveryInstances.isOneOff(parameters) && !partial ? arguments + " --report.resend=true" : arguments;
    }

    /** Runs the report of one date; the failure to print, if it did not complete. */
    private Optional<String> runOne(LocalDate reportDate, DeliveryMode mode) {
        JobParametersBuilder report = new JobParametersBuilder()
                .addLocalDate(ActionsRoiJobConfiguration.REPORT_DATE, reportDate)
                .addString(ActionsRoiJobConfiguration.ZONE, this.report.zone().getId());
        // A partial report of today is a one-off, like a resend: the date's delivery comes once the day has ended.
        boolean partial = this.report.hasNotEnded(reportDate, clock);
        if (partial) {
            report.addString(ActionsRoiJobConfiguration.PARTIAL_DAY, Boolean.TRUE.toString());
        }
        JobParameters parameters = instances.parameters(job.getName(), report.toJobParameters(), mode,
                this.report.resend() || partial);
        String which = describe(parameters);
        try {
            JobExecution execution = starter.start(job, parameters, which);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                exitCode = EXIT_FAILED;
                execution.getAllFailureExceptions()
                        .forEach(e -> log.debug("Failure of job execution {}", execution.getId(), e));
                return Optional.of(which + " " + describeFailure(execution)
                        + " Run the same command again to restart it where it failed.");
            }
            return Optional.empty();
        }
        catch (JobInstanceAlreadyCompleteException e) {
            log.info("{} was already made: nothing to do.", which);
            return Optional.empty();
        }
        catch (JobExecutionAlreadyRunningException e) {
            exitCode = EXIT_ALREADY_RUNNING;
            return Optional.of(which + " is being made by another run right now: this one stops without doing"
                    + " anything. A run that died on another machine counts as dead after report.dead-run-after"
                    + " without progress; see docs/operations.md, Troubleshooting.");
        }
        catch (JobRestartException | InvalidJobParametersException | RuntimeException e) {
            // The job repository would not start or record this date's run (an execution it cannot restart,
            // a database error): a failure of the run, not refused settings, which is what escaping would say.
            exitCode = EXIT_FAILED;
            log.debug("{} could not be run", which, e);
            return Optional.of(which + " could not be run: " + FailureMessages.describe(e)
                    + " Run the same command again; if it fails the same way, see docs/operations.md,"
                    + " Troubleshooting.");
        }
    }

    /** "The report for 2026-11-26 (UTC)", or "The dry run of the partial report for ...". */
    private static String describe(JobParameters parameters) {
        boolean partial = ActionsRoiJobConfiguration.isPartialDay(parameters);
        String report = (partial ? "partial report for " : "report for ")
                + parameters.getLocalDate(ActionsRoiJobConfiguration.REPORT_DATE) + " ("
                + parameters.getString(ActionsRoiJobConfiguration.ZONE) + ")";
        DeliveryMode mode = DeliveryInstances.mode(parameters);
        return switch (mode.kind()) {
            case EMAIL -> DeliveryInstances.isOneOff(parameters) && !partial ? "The resend of the " + report
                    : "The " + report;
            case DRY_RUN -> "The dry run of the " + report;
            case TEST -> mode.testTeam() != null ? "The test send of team " + mode.testTeam() + "'s " + report
                    : "The test send of the " + report;
            case TEST_CHAT -> "The chat test of the " + report;
        };
    }

    private static String backfillStopped(List<LocalDate> dates, LocalDate failed) {
        LocalDate first = dates.get(0);
        LocalDate lastDone = failed.minusDays(1);
        String done = failed.equals(first) ? "no date is done"
                : lastDone.equals(first) ? first + " is done" : first + " to " + lastDone + " are done";
        return " The backfill " + first + " to " + dates.get(dates.size() - 1) + " stopped at " + failed + " (" + done
                + "); the same command skips the dates done and goes on from " + failed + ".";
    }

    /**
     * " in step 'pdf': reason"; when delivery steps did not deliver everything, " in step 'delivery': reason",
     * followed by " Also in step 'x': reason" for each further one.
     */
    private static String failedSteps(JobExecution execution) {
        Map<String, String> failed = new LinkedHashMap<>(DeliveryStepTasklet.notDelivered(execution));
        execution.getStepExecutions().stream()
                .filter(step -> step.getStatus().isUnsuccessful()
                        && !step.getStepName().equals(ActionsRoiJobConfiguration.DELIVERY_CHECK))
                .forEach(step -> failed.put(step.getStepName(), step.getFailureExceptions().stream()
                        .findFirst()
                        .map(FailureMessages::describe)
                        .orElse("status " + step.getStatus())));
        if (failed.isEmpty()) {
            return ": " + execution.getAllFailureExceptions().stream()
                    .findFirst()
                    .map(FailureMessages::describe)
                    .orElse("status " + execution.getStatus());
        }
        return failed.entrySet().stream()
                .map(step -> " in step '" + step.getKey() + "': " + step.getValue())
                .collect(Collectors.joining(" Also"));
    }
}
