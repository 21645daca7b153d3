package io.actionsroi.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.JobExecution;

import io.actionsroi.report.excel.ExcelReport;
import io.actionsroi.report.json.SummaryJson;
import io.actionsroi.report.pdf.PdfReport;
import io.actionsroi.report.runs.RunFactsFile;
import io.actionsroi.roi.RoiResult;

/**
 * The files of one job instance's report, found from the JSON summary the summary step wrote: every
 * other file goes beside it, and the outputs render the result read back from it.
 */
record ReportFiles(Path summary, LocalDate reportDate) {

    /** The job execution context key of the summary file's path. */
    private static final String SUMMARY_FILE = "summaryFile";

    /** The files of a report made in {@code folder}, before its summary is written. */
    static ReportFiles in(Path folder, LocalDate reportDate) {
        return new ReportFiles(folder.resolve(SummaryJson.fileName(reportDate)), reportDate);
    }

    /** Whether the summary step of this job instance wrote its summary. */
    static boolean summaryWritten(JobExecution job) {
        return job.getExecutionContext().containsKey(SUMMARY_FILE);
    }

    static ReportFiles of(JobExecution job) {
        if (!summaryWritten(job)) {
            throw new IllegalStateException("The summary step has not run in this job instance: run the same command again.");
        }
        return new ReportFiles(Path.of(job.getExecutionContext().getString(SUMMARY_FILE)).toAbsolutePath(),
                job.getJobParameters().getLocalDate(ActionsRoiJobConfiguration.REPORT_DATE));
    }

    /** Records in the job execution that the summary is written, for the outputs and for a restart. */
    void summaryWrittenIn(JobExecution job) {
        job.getExecutionContext().putString(SUMMARY_FILE, summary.toString());
    }

    RoiResult result() {
        return SummaryJson.read(summary);
    }

    /** The report folder, where every output goes. */
    Path folder() {
        return summary.getParent();
    }

    /** The counted runs kept by the runs step for the workbook. */
    Path runs() {
        return folder().resolve(RunFactsFile.fileName(reportDate));
    }

    Path workbook() {
        return folder().resolve(ExcelReport.fileName(reportDate));
    }

    Path pdf() {
        return folder().resolve(PdfReport.fileName(reportDate));
    }
}
