package io.actionsroi.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.actionsroi.report.excel.ExcelReport;
import io.actionsroi.report.runs.RunFactsFile;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.RunFacts;

/**
 * The workbook step: the Excel workbook, from the JSON summary and the runs kept by the runs step; then each
 * team's whose workbook is missing (see {@link TeamOutputs}), its Runs sheet listing the team's runs only.
 */
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
        Path runs = files.runs();
        if (!Files.isRegularFile(runs)) {
            throw new IllegalStateException("The runs kept for the workbook's Runs sheet (" + runs + ") are gone, so the"
                    + " workbook cannot be written. Make the report again with --report.resend=true.");
        }
        write(files, files.result(), runs, run -> true);
        log.info("Wrote {}", files.workbook());
        List<ReportFiles> teams = TeamOutputs.missing(files, ReportFiles::workbook);
        for (ReportFiles team : teams) {
            RoiResult result = team.result();
            String key = result.scope().team();
            write(team, result, runs, run -> key.equals(run.primaryTeam()));
            log.debug("Wrote {}", team.workbook());
        }
        if (!teams.isEmpty()) {
            log.info("Wrote the workbooks of {} team reports", teams.size());
        }
        return RepeatStatus.FINISHED;
    }

    private void write(ReportFiles files, RoiResult result, Path runs, Predicate<RunFacts> listed) {
        Path workbook = files.workbook();
        try (RunFactsFile.Reader runsInWindow = RunFactsFile.open(runs)) {
            excel.write(result, filtered(runsInWindow, listed), settings.apply(result), workbook);
        }
    }

    /** The runs that pass the filter, read on demand like the file's. */
    private static Iterator<RunFacts> filtered(Iterator<RunFacts> runs, Predicate<RunFacts> listed) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(runs, Spliterator.ORDERED), false)
                .filter(listed)
                .iterator();
    }
}
