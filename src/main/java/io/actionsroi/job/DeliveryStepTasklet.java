package io.actionsroi.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A delivery step's work, run so that its failure does not keep the job's other deliveries from going
 * out: the failure is logged and kept in the step's execution context, the step completes, and
 * {@link DeliveryCheckTasklet} then fails the job. (A failed step that the flow goes past is abandoned
 * by Spring Batch and never runs again; this one runs again on every restart instead, which is why
 * each delivery sends only what its ledger or its storage does not have yet.)
 */
final class DeliveryStepTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DeliveryStepTasklet.class);
    /** The step execution context key of what a delivery step could not deliver, and why. */
    private static final String NOT_DELIVERED = "notDelivered";
    private static final String NOT_DELIVERED_EXIT_CODE = "NOT_DELIVERED";

    private final Tasklet delivery;

    DeliveryStepTasklet(Tasklet delivery) {
        this.delivery = delivery;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        try {
            return delivery.execute(contribution, chunkContext);
        }
        catch (Exception e) {
            String reason = FailureMessages.describe(e);
            log.warn("Step '{}' did not deliver everything; the other deliveries go on: {}", step.getStepName(), reason);
            step.getExecutionContext().putString(NOT_DELIVERED, reason);
            contribution.setExitStatus(new ExitStatus(NOT_DELIVERED_EXIT_CODE, reason));
            return RepeatStatus.FINISHED;
        }
    }

    /** The delivery steps of this job execution that did not deliver everything, by name, with the reason. */
    static Map<String, String> notDelivered(JobExecution job) {
        Map<String, String> failed = new LinkedHashMap<>();
        for (StepExecution step : job.getStepExecutions()) {
            if (step.getExecutionContext().containsKey(NOT_DELIVERED)) {
                failed.put(step.getStepName(), step.getExecutionContext().getString(NOT_DELIVERED));
            }
        }
        return failed;
    }
}
