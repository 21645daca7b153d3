package io.actionsroi.job;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import io.actionsroi.report.Wording;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.PeriodComparison;
import io.actionsroi.roi.RoiResult;

/**
 * After a completed run, one line with the headline figures, the last 30 days' hours saved and their change,
 * and each step's time.
 */
public class JobOutcomeListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(JobOutcomeListener.class);

    @Override
    public void afterJob(JobExecution jobExecution) {
        if (jobExecution.getStatus() != BatchStatus.COMPLETED || !ReportFiles.summaryWritten(jobExecution)) {
            return;
        }
        ReportFiles files = ReportFiles.of(jobExecution);
        RoiResult result = files.result();
        Figures totals = result.totals().figures();
        PeriodComparison month = result.periods().month();
        log.info(String.format(Locale.ENGLISH,
                "%s %s (%s): %,.3f h saved (lead time), %,.3f h of processing saved (cycle time), "
                        + "%,.3f h waiting for approval, %,d runs, %.1f%% successful; %,.3f h saved in %s, %s; "
                        + "steps: %s; reports in %s",
                result.partial() ? "Partial report" : "Report", result.reportDate(), result.zone(),
                totals.totalLeadTimeSavingsH(), totals.totalCycleTimeSavingsH(),
                totals.totalWaitingTimeH(), totals.totalRuns(), totals.successRate(),
                month.current().leadTimeSavingsH(), Wording.month().current(),
                Wording.versus(Wording.change(month.change().leadTimeSavingsH(), Wording.Better.UP, false),
                        Wording.month()),
                stepTimes(jobExecution), files.folder()));
    }

    private static String stepTimes(JobExecution jobExecution) {
        return jobExecution.getStepExecutions().stream()
                .map(step -> step.getStepName() + " " + duration(step))
                .collect(Collectors.joining(", "));
    }

    private static String duration(StepExecution step) {
        if (step.getStartTime() == null || step.getEndTime() == null) {
            return "-";
        }
        Duration took = Duration.between(step.getStartTime(), step.getEndTime());
        return String.format(Locale.ENGLISH, "%.1f s", took.toMillis() / 1000.0);
    }
}
