package io.actionsroi.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Finds the job execution that a killed process ({@code kill -9}, a lost machine) left marked as
 * running, and marks it failed, so that the same command restarts it where it stopped instead of
 * refusing forever. An execution counts as dead when its process, on this host, is gone; or, when it
 * ran on another host (whose processes cannot be seen from here), when it has made no progress for
 * {@code deadRunAfter}. A live run is left alone: the new one then refuses to start.
 */
class DeadRuns {

    private static final Logger log = LoggerFactory.getLogger(DeadRuns.class);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final Duration deadRunAfter;

    DeadRuns(JobRepository jobRepository, JobOperator jobOperator, Duration deadRunAfter) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.deadRunAfter = deadRunAfter;
    }

    /** Marks failed the unfinished execution of this job instance if its process is dead. */
    void recover(String jobName, JobParameters parameters, String which) {
        JobExecution last = jobRepository.getLastJobExecution(jobName, parameters);
        if (last == null || !last.isRunning()) {
            return;
        }
        Optional<String> death = causeOfDeath(last);
        if (death.isPresent()) {
            log.warn("{} was left unfinished by {}: restarting it where it stopped.", which, death.get());
            jobOperator.recover(last);
        }
    }

    /** Why the execution counts as dead, or empty while it may be alive. */
    private Optional<String> causeOfDeath(JobExecution execution) {
        Optional<RunOwner> owner = RunOwner.of(execution.getExecutionContext());
        if (owner.isPresent() && owner.get().isOnThisHost()) {
            return owner.get().isAlive() ? Optional.empty() : Optional.of(owner.get() + ", which no longer runs");
        }
        LocalDateTime lastProgress = Stream.concat(Stream.of(execution.getLastUpdated(), execution.getStartTime(),
                        execution.getCreateTime()),
                        execution.getStepExecutions().stream().map(StepExecution::getLastUpdated))
                .filter(time -> time != null)
                .max(LocalDateTime::compareTo)
                .orElseThrow();
        // The job repository stamps times in this machine's default zone.
        boolean stale = lastProgress.plus(deadRunAfter).isBefore(LocalDateTime.now());
        String who = owner.map(RunOwner::toString).orElse("a run");
        return stale ? Optional.of(who + ", with no progress since " + lastProgress + " (report.dead-run-after="
                + deadRunAfter + ")") : Optional.empty();
    }
}
