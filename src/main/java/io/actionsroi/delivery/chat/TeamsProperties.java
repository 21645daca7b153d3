package io.actionsroi.delivery.chat;

import java.net.URI;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the report is posted in Microsoft Teams: a Workflows webhook ("When a Teams webhook request is
 * received"). Its URL is a secret: refused without being repeated, never printed.
 *
 * @param webhookUrl the workflow's HTTP POST URL; not set: nothing is posted to Teams
 */
@ConfigurationProperties("report.msteams")
public record TeamsProperties(String webhookUrl) {

    private static final String EXAMPLE = "https://prod-00.westeurope.logic.azure.com:443/workflows/...";

    public TeamsProperties {
        if (webhookUrl != null && !webhookUrl.isBlank()) {
            ChatUrls.webhook("report.msteams.webhook-url", webhookUrl, EXAMPLE);
        }
    }

    /** The webhook, when one is set. */
    Optional<URI> webhook() {
        return webhookUrl == null || webhookUrl.isBlank() ? Optional.empty()
                : Optional.of(ChatUrls.webhook("report.msteams.webhook-url", webhookUrl, EXAMPLE));
    }

    @Override
    public String toString() {
        return "TeamsProperties[webhookUrl=" + webhook().map(ChatUrls::masked).orElse("(not set)") + "]";
    }
}
