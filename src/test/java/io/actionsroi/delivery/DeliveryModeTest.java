package io.actionsroi.delivery;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeliveryModeTest {

    @Test
    void theDeliveryHasNoParameterValueSoADatesInstanceKeepsItsIdentity() {
        assertThat(DeliveryMode.email().parameterValue()).isNull();
        assertThat(DeliveryMode.parse(null)).isEqualTo(DeliveryMode.email());
    }

    @Test
    void aDryRunAndATestSendAreReadBackFromTheirParameterValue() {
        for (DeliveryMode mode : List.of(DeliveryMode.dryRun(), DeliveryMode.test(List.of("a@example.com", "b@example.com")),
                DeliveryMode.testChat())) {
            assertThat(DeliveryMode.parse(mode.parameterValue())).isEqualTo(mode);
        }
    }

    @Test
    void eachModeKeepsItsEmailUnderItsOwnName() {
        LocalDate date = LocalDate.of(2026, 11, 26);

        assertThat(DeliveryMode.email().emlFileName(date)).isEqualTo("actions-roi-2026-11-26.eml");
        assertThat(DeliveryMode.dryRun().emlFileName(date)).isEqualTo("actions-roi-2026-11-26.dry-run.eml");
        assertThat(DeliveryMode.test(List.of("a@example.com")).emlFileName(date)).isEqualTo("actions-roi-2026-11-26.test.eml");
    }

    @Test
    void aChatTestIsAskedForAgainByItsOwnSetting() {
        assertThat(DeliveryMode.testChat().commandLineArguments()).isEqualTo("--report.test-chat=true");
        assertThat(DeliveryMode.testChat().emlFileName(LocalDate.of(2026, 11, 26)))
                .isEqualTo("actions-roi-2026-11-26.test-chat.eml");
    }

    @Test
    void onlyATestSendHasTestRecipients() {
        assertThatIllegalArgumentException().isThrownBy(() -> DeliveryMode.test(List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeliveryMode(DeliveryMode.Kind.EMAIL, List.of("a@example.com")));
    }
}
