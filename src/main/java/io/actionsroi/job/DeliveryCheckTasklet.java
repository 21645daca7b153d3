package io.actionsroi.job;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.actionsroi.delivery.DeliveryException;

/**
 * The last step: fails the job when a delivery step of this execution did not deliver everything (see
 * {@link DeliveryStepTasklet}), naming each one. A rerun runs the delivery steps again, and each of them
 * delivers only what is missing.
 */
class DeliveryCheckTasklet implements Tasklet {

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, String> failed = DeliveryStepTasklet.notDelivered(
                chunkContext.getStepContext().getStepExecution().getJobExecution());
        if (!failed.isEmpty()) {
            throw new DeliveryException("Not everything was delivered: " + failed.entrySet().stream()
                    .map(step -> "step '" + step.getKey() + "': " + step.getValue())
                    .collect(Collectors.joining(" ")));
        }
        return RepeatStatus.FINISHED;
    }
}
