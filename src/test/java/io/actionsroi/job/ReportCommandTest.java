package io.actionsroi.job;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import io.actionsroi.delivery.DeliveryMode;

import static org.assertj.core.api.Assertions.assertThat;

/** The command that the failure alert tells ops to run again. */
class ReportCommandTest {

    private final JobParametersBuilder report = new JobParametersBuilder()
            .addLocalDate(ActionsRoiJobConfiguration.REPORT_DATE, LocalDate.of(2026, 12, 1))
            .addString(ActionsRoiJobConfiguration.ZONE, "Asia/Tokyo");

    @Test
    void aPartialReportIsRunAgainAsAPartialReportNotAsAResend() {
        JobParameters partial = report.addString(ActionsRoiJobConfiguration.PARTIAL_DAY, "true")
                .addString(DeliveryInstances.REQUESTED_AT, "2026-12-01T02:00:00Z")
                .toJobParameters();

        assertThat(ReportCommand.rerunArguments(partial))
                .isEqualTo("--report.date=2026-12-01 --report.zone=Asia/Tokyo --report.partial-day=true");
    }

    @Test
    void aResendIsRunAgainAsAResend() {
        JobParameters resend = report.addString(DeliveryInstances.REQUESTED_AT, "2026-12-01T02:00:00Z")
                .toJobParameters();

        assertThat(ReportCommand.rerunArguments(resend))
                .isEqualTo("--report.date=2026-12-01 --report.zone=Asia/Tokyo --report.resend=true");
    }

    @Test
    void aChatTestIsRunAgainAsAChatTest() {
        JobParameters chatTest = report.addString(DeliveryInstances.DELIVERY, DeliveryMode.testChat().parameterValue())
                .addString(DeliveryInstances.REQUESTED_AT, "2026-12-01T02:00:00Z")
                .toJobParameters();

        assertThat(ReportCommand.rerunArguments(chatTest))
                .isEqualTo("--report.date=2026-12-01 --report.zone=Asia/Tokyo --report.test-chat=true");
    }

    @Test
    void aTestSendOfATeamsReportIsRunAgainAsThatTestSendWithTheTeamQuotedForTheShell() {
        JobParameters test = report.addString(DeliveryInstances.DELIVERY, "test:me@example.com")
                .addString(DeliveryInstances.TEST_TEAM, "o'brien/ops")
                .addString(DeliveryInstances.REQUESTED_AT, "2026-12-01T02:00:00Z")
                .toJobParameters();

        assertThat(ReportCommand.rerunArguments(test)).isEqualTo("--report.date=2026-12-01 --report.zone=Asia/Tokyo"
                + " --report.test-to=me@example.com '--report.test-team=o'\\''brien/ops'");
    }
}
