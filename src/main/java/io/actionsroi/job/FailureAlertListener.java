package io.actionsroi.job;

import java.time.LocalDate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;

import io.actionsroi.delivery.DeliveryMode;
import io.actionsroi.delivery.FailureNotice;
import io.actionsroi.delivery.ReportMailer;

/**
 * When a run fails, alerts ops (best effort: the run's own outcome, the exit code and the reason on
 * stderr, is unchanged).
 */
public class FailureAlertListener implements JobExecutionListener {

    private final ReportMailer mailer;
    private final ReportProperties report;

    public FailureAlertListener(ReportMailer mailer, ReportProperties report) {
        this.mailer = mailer;
        this.report = report;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED) {
            return;
        }
        JobParameters parameters = execution.getJobParameters();
        LocalDate date = parameters.getLocalDate(ActionsRoiJobConfiguration.REPORT_DATE);
        mailer.alertOps(new FailureNotice(date, parameters.getString(ActionsRoiJobConfiguration.ZONE),
                ReportCommand.describeFailure(execution), ReportCommand.rerunArguments(parameters),
                report.outputFolder(date), execution.getId(), execution.getJobInstance().getInstanceId()),
                DeliveryInstances.mode(parameters));
    }
}
