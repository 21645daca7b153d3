package io.actionsroi.delivery.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.actionsroi.job.ReportCli;
import io.actionsroi.job.ReportCommand;

/** Chat settings refused before any work, in one line that never repeats a secret. */
@ExtendWith(OutputCaptureExtension.class)
class ChatSettingsTest {

    private static final String SECRET = "T0S3CR3T/B0S3CR3T/x9s3cr3t";

    @TempDir
    Path folder;

    @Test
    void aWebhookThatIsNotHttpsIsRefusedBeforeAnyWorkWithoutRepeatingIt(CapturedOutput output) {
        int exitCode = new ReportCli(folder).run("--port.export-dir=demo/port-export", "--report.date=2026-09-30",
                "--report.slack.webhook-url=http://hooks.slack.com/services/" + SECRET);

        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(output.getErr().strip()).isEqualTo("report.slack.webhook-url must be an https URL such as"
                + " https://hooks.slack.com/services/T000/B000/XXXX; plain http is only accepted on a loopback address"
                + " (the value is not repeated here, as it is a secret).");
        assertThat(output.getAll()).doesNotContain(SECRET);
        assertThat(new ReportCli(folder).outputDir()).doesNotExist();
    }

    @Test
    void aChatTestWithoutAChatTargetIsRefusedBeforeAnyWork(CapturedOutput output) {
        int exitCode = new ReportCli(folder).run("--port.export-dir=demo/port-export", "--report.date=2026-09-30",
                "--report.test-chat=true");

        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(output.getErr()).contains("A chat test needs a chat target, but none is set");
        assertThat(new ReportCli(folder).outputDir()).doesNotExist();
    }

    @Test
    void chatTurnedOffLeavesNoTargetForAChatTest(CapturedOutput output) {
        int exitCode = new ReportCli(folder).run("--port.export-dir=demo/port-export", "--report.date=2026-09-30",
                "--report.test-chat=true", "--report.chat.enabled=false",
                "--report.slack.webhook-url=https://hooks.slack.com/services/" + SECRET);

        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(output.getErr()).contains("A chat test needs a chat target, but none is set (or"
                + " report.chat.enabled=false)");
        assertThat(output.getAll()).doesNotContain(SECRET);
    }

    @Test
    void aTokenThatIsNotABotsIsRefusedWithoutRepeatingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SlackProperties(null, "xoxp-" + SECRET, "C0123456789", "https://slack.com/api/"))
                .withMessageStartingWith("report.slack.token must be a bot token, starting with xoxb-")
                .withMessageNotContaining(SECRET);
    }

    @Test
    void aBotNeedsTheIdOfItsChannel() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SlackProperties(null, "xoxb-1-2-abc", null, "https://slack.com/api/"))
                .withMessageContaining("report.slack.token and report.slack.channel go together");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SlackProperties(null, "xoxb-1-2-abc", "#reports", "https://slack.com/api/"))
                .withMessageContaining("is not a channel ID: give the ID, such as C0123456789");
    }

    @Test
    void aTeamsWebhookOnAnotherHostOverHttpIsRefusedWithoutRepeatingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TeamsProperties("http://prod-01.westeurope.logic.azure.com/workflows/" + SECRET))
                .withMessageStartingWith("report.msteams.webhook-url must be an https URL")
                .withMessageNotContaining(SECRET);
    }

    @Test
    void theSettingsPrintOnlyTheWebhooksHostAndWhetherATokenIsSet() {
        SlackProperties slack = new SlackProperties("https://hooks.slack.com/services/" + SECRET, "xoxb-1-2-" + "abc",
                "C0123456789", "https://slack.com/api/");
        TeamsProperties teams = new TeamsProperties("https://prod-01.westeurope.logic.azure.com:443/workflows/" + SECRET);

        assertThat(slack.toString()).contains("webhookUrl=https://hooks.slack.com/…", "token=(set)")
                .doesNotContain(SECRET, "xoxb-");
        assertThat(teams.toString()).isEqualTo("TeamsProperties[webhookUrl=https://prod-01.westeurope.logic.azure.com/…]");
    }
}
