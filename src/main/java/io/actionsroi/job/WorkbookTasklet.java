package io.actionsroi.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.actionsroi.report.excel.ExcelReport;
import io.actionsroi.report.runs.RunFactsFile;
import io.actionsroi.roi.RoiResult;

/** The workbook step: the Excel workbook, from the JSON summary and the runs kept by the runs step. */
public class WorkbookTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WorkbookTasklet.class);

    private final ExcelReport excel;
    private final Function<RoiResult, Map<String, String>> settings;

    /** @param settings the settings the About sheet lists for a result, without secrets */
    public WorkbookTasklet(ExcelReport excel, Function<RoiResult, Map<String, String>> settings) {
        this.excel = excel;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ReportFiles files = ReportFiles.of(chunkContext.getStepContext().getStepExecution().getJobExecution());
        RoiResult result = files.result();
        Path runs = files.runs();
        if (!Files.isRegularFile(runs)) {
            throw new IllegalStateException("The runs kept for the workbook's Runs sheet (" + runs + ") are gone, so the"
                    + " workbook cannot be written. Make the report again with --report.resend=true.");
        }
        Path workbook = files.workbook();
        try (RunFactsFile.Reader runsInWindow = RunFactsFile.open(runs)) {
            excel.write(result, runsInWindow, settings.apply(result), workbook);
        }
        log.info("Wrote {}", workbook);
        return RepeatStatus.FINISHED;
    }
}
