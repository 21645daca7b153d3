package io.actionsroi.delivery.chat;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the report is posted in Slack: an incoming webhook, a bot posting to a channel (which also uploads
 * the PDF), or both. The webhook URL and the token are secrets: refused without being repeated, never printed.
 *
 * @param webhookUrl an incoming webhook's URL ({@code https://hooks.slack.com/services/...}); not set: no webhook
 * @param token a bot token ({@code xoxb-...}) with the scopes {@code chat:write} and {@code files:write};
 *     not set: no bot
 * @param channel the ID of the channel the bot posts to (such as {@code C0123456789}, shown at the bottom of
 *     the channel's details); required with {@code token}. The bot must be a member of it
 * @param apiUrl the Slack Web API's address, which the bot calls
 */
@ConfigurationProperties("report.slack")
public record SlackProperties(
        String webhookUrl,
        String token,
        String channel,
        @DefaultValue("https://slack.com/api/") String apiUrl) {

    private static final Pattern BOT_TOKEN = Pattern.compile("xoxb-[A-Za-z0-9-]+");
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]{6,}");

    public SlackProperties {
        if (isSet(webhookUrl)) {
            ChatUrls.webhook("report.slack.webhook-url", webhookUrl, "https://hooks.slack.com/services/T000/B000/XXXX");
        }
        if (isSet(token) && !BOT_TOKEN.matcher(token.strip()).matches()) {
            throw new IllegalArgumentException("report.slack.token must be a bot token, starting with xoxb- (Slack:"
                    + " your app > OAuth & Permissions > Bot User OAuth Token); the value is not repeated here.");
        }
        if (isSet(token) != isSet(channel)) {
            throw new IllegalArgumentException("report.slack.token and report.slack.channel go together: the bot"
                    + " posts to that channel. Set both, or neither.");
        }
        if (isSet(channel) && !CHANNEL_ID.matcher(channel.strip()).matches()) {
            throw new IllegalArgumentException("report.slack.channel=" + channel + " is not a channel ID: give the"
                    + " ID, such as C0123456789 (Slack: the channel's details, at the bottom), not its name.");
        }
        if (apiUrl != null) {
            ChatUrls.webhook("report.slack.api-url", apiUrl, "https://slack.com/api/");
        }
    }

    /** The incoming webhook, when one is set. */
    Optional<URI> webhook() {
        return isSet(webhookUrl) ? Optional.of(ChatUrls.webhook("report.slack.webhook-url", webhookUrl, "")) : Optional.empty();
    }

    /** Whether a bot posts to a channel. */
    boolean hasBot() {
        return isSet(token);
    }

    /** The Web API's address, ending with a slash as the SDK expects. */
    String methodsUrlPrefix() {
        return apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    @Override
    public String toString() {
        return "SlackProperties[webhookUrl=" + webhook().map(ChatUrls::masked).orElse("(not set)") + ", token="
                + (hasBot() ? "(set)" : "(not set)") + ", channel=" + channel + ", apiUrl=" + apiUrl + "]";
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
