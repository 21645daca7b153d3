package io.actionsroi.job;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.actionsroi.report.pdf.PdfReport;

/** The PDF step: the leadership report, from the JSON summary. */
public class PdfTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PdfTasklet.class);

    private final PdfReport pdf;

    public PdfTasklet(PdfReport pdf) {
        this.pdf = pdf;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ReportFiles files = ReportFiles.of(chunkContext.getStepContext().getStepExecution().getJobExecution());
        Path report = files.pdf();
        pdf.write(files.result(), report);
        log.info("Wrote {}", report);
        return RepeatStatus.FINISHED;
    }
}
