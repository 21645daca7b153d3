package io.actionsroi.job;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;

import io.actionsroi.delivery.DeliveryMode;

/**
 * Chooses the job instance a run works in, which is what makes the email go out once.
 *
 * <p>The delivery of a report date is one instance per date and zone: once it completed, running it
 * again does nothing. Anything else is a one-off: a resend, a dry run, a test send, a chat test or a partial report of
 * today (whose parameters also hold {@link ActionsRoiJobConfiguration#PARTIAL_DAY}). Each one-off gets
 * an instance of its own, told apart by when it was asked for ({@value #REQUESTED_AT}), so it never
 * counts as the date's delivery. When the latest one-off of the same kind for the same date did not
 * complete, the same command restarts it instead: its recipients then still get one email each.
 */
public final class DeliveryInstances {

    /** The identifying job parameter of a one-off run: the instant it was first asked for. */
    public static final String REQUESTED_AT = "requestedAt";

    /** The identifying job parameter of a dry run, a test send or a chat test; absent for the delivery. */
    public static final String DELIVERY = "delivery";

    /** The identifying job parameter of a test send of one team's report: the team's identifier. */
    public static final String TEST_TEAM = "testTeam";

    private static final int PAGE = 100;

    private final JobRepository jobRepository;
    private final Clock clock;

    public DeliveryInstances(JobRepository jobRepository, Clock clock) {
        this.jobRepository = jobRepository;
        this.clock = clock;
    }

    /**
     * The parameters to start the job with.
     *
     * @param jobName the job's name
     * @param report the identifying parameters of the report date (date and zone, and whether it is partial)
     * @param mode the delivery, a dry run, a test send or a chat test
     * @param oneOff whether the email is made beside the date's delivery: a resend (the delivery completed
     *     before) or a partial report of today (the delivery comes once the day has ended)
     */
    public JobParameters parameters(String jobName, JobParameters report, DeliveryMode mode, boolean oneOff) {
        JobParametersBuilder builder = new JobParametersBuilder(report);
        if (mode.parameterValue() != null) {
            builder.addString(DELIVERY, mode.parameterValue());
        }
        if (mode.testTeam() != null) {
            builder.addString(TEST_TEAM, mode.testTeam());
        }
        JobParameters kind = builder.toJobParameters();
        if (mode.kind() == DeliveryMode.Kind.EMAIL && !oneOff) {
            return kind;
        }
        return unfinishedOneOff(jobName, kind).orElseGet(() -> new JobParametersBuilder(kind)
                .addString(REQUESTED_AT, clock.instant().toString())
                .toJobParameters());
    }

    /** The delivery mode a job instance was started with. */
    public static DeliveryMode mode(JobParameters parameters) {
        return DeliveryMode.parse(parameters.getString(DELIVERY), parameters.getString(TEST_TEAM));
    }

    /** Whether a job instance's parameters are those of a one-off run. */
    public static boolean isOneOff(JobParameters parameters) {
        return parameters.getString(REQUESTED_AT) != null;
    }

    /** The parameters of the latest one-off of this kind, when it has not completed. */
    private Optional<JobParameters> unfinishedOneOff(String jobName, JobParameters kind) {
        Map<String, Object> wanted = identifying(kind);
        for (int start = 0;; start += PAGE) {
            List<JobInstance> newestFirst = jobRepository.getJobInstances(jobName, start, PAGE);
            for (JobInstance instance : newestFirst) {
                JobExecution last = jobRepository.getLastJobExecution(instance);
                if (last == null || !isOneOff(last.getJobParameters())) {
                    continue;
                }
                Map<String, Object> parameters = identifying(last.getJobParameters());
                parameters.remove(REQUESTED_AT);
                if (parameters.equals(wanted)) {
                    return isFinished(last.getStatus()) ? Optional.empty() : Optional.of(last.getJobParameters());
                }
            }
            if (newestFirst.size() < PAGE) {
                return Optional.empty();
            }
        }
    }

    private static boolean isFinished(BatchStatus status) {
        return status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED;
    }

    private static Map<String, Object> identifying(JobParameters parameters) {
        Map<String, Object> values = new HashMap<>();
        for (JobParameter<?> parameter : parameters.getIdentifyingParameters()) {
            values.put(parameter.name(), parameter.value());
        }
        return values;
    }
}
