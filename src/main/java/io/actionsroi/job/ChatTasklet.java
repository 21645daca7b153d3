package io.actionsroi.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.actionsroi.delivery.DeliveryKey;
import io.actionsroi.delivery.chat.ChatDelivery;

/**
 * The chat step: the report posted to Slack and Microsoft Teams, from the JSON summary, with the link to the
 * archived PDF when the archive made one in this execution. The job instance identifies the delivery, so a
 * restart posts only to the targets that did not get it.
 */
class ChatTasklet implements Tasklet {

    private final ChatDelivery chat;

    ChatTasklet(ChatDelivery chat) {
        this.chat = chat;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        ReportFiles files = ReportFiles.of(job);
        chat.deliver(files.result(), files.pdf(), ArchiveLinks.pdfLink(job, DeliveryKey.ORGANISATION).orElse(null),
                DeliveryInstances.mode(job.getJobParameters()), job.getJobInstance().getInstanceId());
        return RepeatStatus.FINISHED;
    }
}
