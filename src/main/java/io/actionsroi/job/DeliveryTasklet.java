package io.actionsroi.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.actionsroi.delivery.ArchiveOutcome;
import io.actionsroi.delivery.DeliveryKey;
import io.actionsroi.delivery.ReportMailer;

/**
 * The delivery step: the report email, built from the JSON summary and the report files beside it, linking to
 * the PDF the archive step archived (or saying that the archive failed).
 * The job instance identifies the delivery, so a restart sends only to those who did not get it.
 */
public class DeliveryTasklet implements Tasklet {

    private final ReportMailer mailer;

    public DeliveryTasklet(ReportMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        ReportFiles files = ReportFiles.of(job);
        ArchiveOutcome archive = new ArchiveOutcome(ArchiveLinks.pdfLink(job, DeliveryKey.ORGANISATION).orElse(null),
                DeliveryStepTasklet.notDelivered(job).containsKey(ActionsRoiJobConfiguration.ARCHIVE));
        mailer.deliver(files.result(), files.folder(),
                DeliveryInstances.mode(job.getJobParameters()), job.getJobInstance().getInstanceId(), archive);
        return RepeatStatus.FINISHED;
    }
}
