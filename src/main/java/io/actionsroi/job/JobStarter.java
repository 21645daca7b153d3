package io.actionsroi.job;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts the job instance of a run: first releases what a dead run left (see {@link DeadRuns}), then
 * has the job operator start it. Runs on several hosts sharing one job repository may start the same
 * instance at the same moment, and the one that loses that race does not always get Spring Batch's
 * "already running": it may get the database's serialization failure (Spring Batch creates instances
 * and executions in SERIALIZABLE transactions; PostgreSQL then cancels one of two that overlap, in the
 * statement or at commit), or find the other's instance before its execution exists. Such a start is
 * tried again, a few times and shortly, and then sees the other run as any later start would.
 */
class JobStarter {

    static final int MAX_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(JobStarter.class);
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final Duration FIRST_WAIT = Duration.ofMillis(100);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final DeadRuns deadRuns;

    JobStarter(JobRepository jobRepository, JobOperator jobOperator, DeadRuns deadRuns) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.deadRuns = deadRuns;
    }

    /**
     * Starts (or restarts) the job instance of {@code parameters} and runs it to its end.
     *
     * @param which the run as a person names it, for the log
     */
    JobExecution start(Job job, JobParameters parameters, String which) throws JobExecutionAlreadyRunningException,
            JobRestartException, JobInstanceAlreadyCompleteException, InvalidJobParametersException {
        for (int attempt = 1;; attempt++) {
            try {
                deadRuns.recover(job.getName(), parameters, which);
                return jobOperator.start(job, parameters);
            }
            catch (RuntimeException e) {
                Optional<String> race = lostRace(e, job.getName(), parameters);
                if (race.isEmpty() || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                Duration wait = FIRST_WAIT.multipliedBy(1L << (attempt - 1))
                        .plusMillis(ThreadLocalRandom.current().nextLong(FIRST_WAIT.toMillis()));
                log.info("{} was being started by another run at the same moment ({}): looking again in {} ms.",
                        which, race.get(), wait.toMillis());
                log.debug("Start of {} lost to another run", which, e);
                pause(wait, e);
            }
        }
    }

    /** What shows that a failed start lost the race to start the same instance, if it did. */
    private Optional<String> lostRace(RuntimeException failure, String jobName, JobParameters parameters) {
        if (isSerializationFailure(failure)) {
            return Optional.of("the job repository's serialization failure");
        }
        // Spring Batch's launcher states what it found when the other run's instance appeared between its
        // look and its own insert, or exists without an execution yet: a failure before anything ran here.
        if (failure instanceof IllegalStateException && !startedHere(jobName, parameters, failure)) {
            return Optional.of(failure.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Whether the database refused a transaction as not serializable (SQLState 40001), wherever that
     * surfaced: in a statement (Spring's {@code CannotSerializeTransactionException}) or at commit
     * (a {@code TransactionSystemException}), under whichever wrappers.
     */
    static boolean isSerializationFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && SERIALIZATION_FAILURE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether this process has an execution of the instance, which a retry must not start again. */
    private boolean startedHere(String jobName, JobParameters parameters, RuntimeException failure) {
        JobExecution last;
        try {
            last = jobRepository.getLastJobExecution(jobName, parameters);
        }
        catch (RuntimeException lookup) {
            // The repository that failed the start may fail the look too: the start's own failure says why.
            failure.addSuppressed(lookup);
            throw failure;
        }
        return last != null && RunOwner.of(last.getExecutionContext()).filter(RunOwner.current()::equals).isPresent();
    }

    private static void pause(Duration wait, RuntimeException failure) {
        try {
            Thread.sleep(wait.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
