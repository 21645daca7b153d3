package io.actionsroi.job;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.actionsroi.report.json.SummaryJson;
import io.actionsroi.roi.RoiResult;

/**
 * Step 3: finishes the tally into the result and writes the JSON summary. The later steps read the
 * result back from that file, so restarting one of them recomputes nothing.
 */
public class SummaryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SummaryTasklet.class);

    private final FiguresInProgress figures;
    private final ReportProperties report;
    private final String source;
    private final Clock clock;

    public SummaryTasklet(FiguresInProgress figures, ReportProperties report, String source, Clock clock) {
        this.figures = figures;
        this.report = report;
        this.source = source;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RoiResult result = figures.tally().finish(clock.instant(), source, report.pricing());
        ReportFiles files = ReportFiles.in(report.outputFolder(result.reportDate()), result.reportDate());
        SummaryJson.write(result, files.summary());
        files.summaryWrittenIn(chunkContext.getStepContext().getStepExecution().getJobExecution());
        log.info("Wrote {}", files.summary());
        return RepeatStatus.FINISHED;
    }
}
