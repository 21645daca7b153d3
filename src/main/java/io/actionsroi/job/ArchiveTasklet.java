package io.actionsroi.job;

import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.actionsroi.archive.HistoryEntry;
import io.actionsroi.archive.ReportArchive;
import io.actionsroi.delivery.DeliveryKey;
import io.actionsroi.delivery.DeliveryMode;

/**
 * The archive step, the first delivery: the reports of the date (the organisation's and each team's) into the
 * bucket, and the presigned links to their PDFs into {@link ArchiveLinks} for the messages after it. A dry run
 * and a test send archive nothing: the date's own run does.
 */
class ArchiveTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ArchiveTasklet.class);

    private final ReportArchive archive;

    ArchiveTasklet(ReportArchive archive) {
        this.archive = archive;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        ArchiveLinks.clear(job);
        if (!archive.settings().enabled()) {
            return RepeatStatus.FINISHED;
        }
        DeliveryMode.Kind mode = DeliveryInstances.mode(job.getJobParameters()).kind();
        if (mode != DeliveryMode.Kind.EMAIL) {
            log.info("{}: nothing archived in {}; the date's own run archives the reports",
                    mode == DeliveryMode.Kind.DRY_RUN ? "Dry run" : "Test send", archive.settings().location());
            return RepeatStatus.FINISHED;
        }
        ReportFiles organisation = ReportFiles.of(job);
        List<ReportArchive.Report> reports = Stream.concat(
                        Stream.of(report(organisation, DeliveryKey.ORGANISATION, null)),
                        organisation.teams().stream().map(team -> report(team, DeliveryKey.team(
                                team.result().scope().team()), team.folder().getFileName().toString())))
                .toList();
        archive.archive(organisation.reportDate(), reports, HistoryEntry.of(organisation.result()),
                (scope, link) -> ArchiveLinks.put(job, scope, link));
        return RepeatStatus.FINISHED;
    }

    private static ReportArchive.Report report(ReportFiles files, String scope, String team) {
        return new ReportArchive.Report(scope, team, List.of(files.summary(), files.pdf(), files.workbook()),
                files.pdf());
    }
}
