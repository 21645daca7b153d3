package io.actionsroi.delivery;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class TeamRecipientsTest {

    @Test
    void theMapTheListAndPortsAddressesMergeEachAddressOnceWhateverItsCase() {
        // given: bracket notation for an identifier with a dot, and a list entry whose identifier holds '='
        TeamRecipients recipients = new TeamRecipients(bind(Map.of(
                "report.team-reports.recipients[platform.core]", "lead@example.com,deputy@example.com",
                "report.team-reports.recipients.payments", "pay@example.com",
                "report.team-reports.recipient-list",
                        "platform.core=LEAD@example.com, a=b=ab@example.com ,platform.core=vp@example.com")));

        assertThat(recipients.of("platform.core", List.of("port@example.com", "Deputy@Example.com")))
                .containsExactly("lead@example.com", "deputy@example.com", "vp@example.com", "port@example.com");
        assertThat(recipients.of("a=b", List.of())).containsExactly("ab@example.com");
        assertThat(recipients.of("payments", List.of())).containsExactly("pay@example.com");
        assertThat(recipients.of("search", List.of())).isEmpty();
    }

    @Test
    void anEnvironmentFileGivesTheListAndThePropertyAsVariables() {
        SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource("environment", Map.of(
                "REPORT_TEAM_REPORTS_RECIPIENT_LIST", "platform/core=lead@example.com,payments=pay@example.com",
                "REPORT_TEAM_REPORTS_RECIPIENTS_PROPERTY", "report_recipients"));
        TeamRecipientsProperties properties = new Binder(ConfigurationPropertySources.from(environment))
                .bindOrCreate("report.team-reports", TeamRecipientsProperties.class);

        assertThat(new TeamRecipients(properties).of("platform/core", List.of())).containsExactly("lead@example.com");
        assertThat(properties.recipientsProperty()).isEqualTo("report_recipients");
    }

    @Test
    void aTeamsPropertyHoldsOneAddressSeveralOrAnArrayAndWhatIsNoAddressIsToldApart() {
        assertThat(TeamRecipients.fromProperty("lead@example.com").addresses()).containsExactly("lead@example.com");
        assertThat(TeamRecipients.fromProperty("a@example.com, b@example.com").addresses())
                .containsExactly("a@example.com", "b@example.com");
        TeamRecipients.PropertyAddresses mixed =
                TeamRecipients.fromProperty(List.of("a@example.com", "not an address", 7));
        assertThat(mixed.addresses()).containsExactly("a@example.com");
        assertThat(mixed.notAddresses()).containsExactly("not an address", "7");
        assertThat(TeamRecipients.fromProperty(null).addresses()).isEmpty();
    }

    private static TeamRecipientsProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("report.team-reports", TeamRecipientsProperties.class);
    }
}
