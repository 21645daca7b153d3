package io.actionsroi.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/** Records in the job repository which process runs each job execution, as it starts (see {@link DeadRuns}). */
class RunOwnerListener implements JobExecutionListener {

    private final JobRepository jobRepository;

    RunOwnerListener(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        RunOwner.current().writeTo(jobExecution.getExecutionContext());
        jobRepository.updateExecutionContext(jobExecution);
    }
}
