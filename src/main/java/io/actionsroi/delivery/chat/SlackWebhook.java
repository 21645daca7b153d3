package io.actionsroi.delivery.chat;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import com.slack.api.Slack;
import com.slack.api.webhook.WebhookResponse;

/** A Slack incoming webhook: the message, posted to the channel the webhook was made for. */
final class SlackWebhook {

    static final String CHANNEL = "slack-webhook";

    private final Slack slack;
    private final URI url;

    private SlackWebhook(Slack slack, URI url) {
        this.slack = slack;
        this.url = url;
    }

    static ChatTarget target(Slack slack, URI url) {
        SlackWebhook webhook = new SlackWebhook(slack, url);
        String name = "the Slack webhook " + ChatUrls.masked(url);
        return new ChatTarget(name, ChatUrls.hash(url.toString()), ChatTarget.Service.SLACK,
                message -> List.of(new ChatTarget.Delivery(CHANNEL, "Posting to " + name, () -> webhook.post(message))));
    }

    private String post(ChatMessage message) throws ChatFailure {
        WebhookResponse response;
        try {
            response = slack.send(url.toString(), SlackMessage.webhookPayload(message));
        }
        catch (IOException e) {
            throw ChatFailure.noAnswer(url, e);
        }
        if (response.getCode() == 200) {
            return null;
        }
        throw ChatFailure.ofStatus(response.getCode(), response.getBody(), header(response, "retry-after"));
    }

    private static String header(WebhookResponse response, String name) {
        return response.getHeaders() == null ? null : response.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .flatMap(header -> header.getValue().stream())
                .findFirst()
                .orElse(null);
    }
}
