package io.actionsroi.job;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.actionsroi.report.pdf.PdfReport;

/** The PDF step: the leadership report, from the JSON summary; then each team's whose PDF is missing. */
public class PdfTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PdfTasklet.class);

    private final PdfReport pdf;

    public PdfTasklet(PdfReport pdf) {
        this.pdf = pdf;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ReportFiles files = ReportFiles.of(chunkContext.getStepContext().getStepExecution().getJobExecution());
        pdf.write(files.result(), files.pdf());
        log.info("Wrote {}", files.pdf());
        List<ReportFiles> teams = TeamOutputs.missing(files, ReportFiles::pdf);
        for (ReportFiles team : teams) {
            pdf.write(team.result(), team.pdf());
            log.debug("Wrote {}", team.pdf());
        }
        if (!teams.isEmpty()) {
            log.info("Wrote the PDFs of {} team reports", teams.size());
        }
        return RepeatStatus.FINISHED;
    }
}
