package io.actionsroi.delivery;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeliveryModeTest {

    @Test
    void theDeliveryHasNoParameterValueSoADatesInstanceKeepsItsIdentity() {
        assertThat(DeliveryMode.email().parameterValue()).isNull();
        assertThat(DeliveryMode.parse(null, null)).isEqualTo(DeliveryMode.email());
    }

    @Test
    void aDryRunATestSendAndAChatTestAreReadBackFromTheirParameterValueAndTestTeam() {
        for (DeliveryMode mode : List.of(DeliveryMode.dryRun(),
                DeliveryMode.test(List.of("a@example.com", "b@example.com")),
                DeliveryMode.testOfTeam(List.of("a@example.com"), "platform/core=1"), DeliveryMode.testChat())) {
            assertThat(DeliveryMode.parse(mode.parameterValue(), mode.testTeam())).isEqualTo(mode);
        }
    }

    @Test
    void eachModeKeepsItsEmailUnderItsOwnName() {
        String base = "actions-roi-2026-11-26-platform";

        assertThat(DeliveryMode.email().emlFileName(base)).isEqualTo("actions-roi-2026-11-26-platform.eml");
        assertThat(DeliveryMode.dryRun().emlFileName(base)).isEqualTo("actions-roi-2026-11-26-platform.dry-run.eml");
        assertThat(DeliveryMode.test(List.of("a@example.com")).emlFileName(base))
                .isEqualTo("actions-roi-2026-11-26-platform.test.eml");
    }

    @Test
    void aChatTestIsAskedForAgainByItsOwnSetting() {
        assertThat(DeliveryMode.testChat().commandLineArguments()).isEqualTo("--report.test-chat=true");
        assertThat(DeliveryMode.testChat().emlFileName("actions-roi-2026-11-26"))
                .isEqualTo("actions-roi-2026-11-26.test-chat.eml");
    }

    @Test
    void aTestSendOfATeamsReportSendsThatTeamsOnlyAndTheDeliverySendsEveryReport() {
        DeliveryMode team = DeliveryMode.testOfTeam(List.of("a@example.com"), "platform");

        assertThat(team.includesOrganisation()).isFalse();
        assertThat(team.includesTeam("platform")).isTrue();
        assertThat(team.includesTeam("payments")).isFalse();
        assertThat(team.commandLineArguments())
                .isEqualTo("--report.test-to=a@example.com '--report.test-team=platform'");
        for (DeliveryMode every : List.of(DeliveryMode.email(), DeliveryMode.dryRun(),
                DeliveryMode.test(List.of("a@example.com")))) {
            assertThat(every.includesOrganisation()).isTrue();
        }
        assertThat(DeliveryMode.email().includesTeam("payments")).isTrue();
        assertThat(DeliveryMode.dryRun().includesTeam("payments")).isTrue();
        assertThat(DeliveryMode.test(List.of("a@example.com")).includesTeam("payments"))
                .as("a test send of the organisation's report sends no team's").isFalse();
    }

    @Test
    void onlyATestSendHasTestRecipientsOrATeam() {
        assertThatIllegalArgumentException().isThrownBy(() -> DeliveryMode.test(List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeliveryMode(DeliveryMode.Kind.EMAIL, List.of("a@example.com")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeliveryMode(DeliveryMode.Kind.DRY_RUN, List.of(), "platform"));
    }
}
