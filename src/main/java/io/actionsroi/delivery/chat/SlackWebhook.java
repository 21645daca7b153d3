package io.actionsroi.delivery.chat;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import com.slack.api.Slack;
import com.slack.api.webhook.WebhookResponse;

/** A Slack incoming webhook: the message, posted to the channel the webhook was made for. */
final class SlackWebhook implements ChatTarget {

    static final String CHANNEL = "slack-webhook";

    private final Slack slack;
    private final URI url;

    SlackWebhook(Slack slack, URI url) {
        this.slack = slack;
        this.url = url;
    }

    @Override
    public String describe() {
        return "the Slack webhook " + ChatUrls.masked(url);
    }

    @Override
    public String ledgerTarget() {
        return ChatUrls.hash(url.toString());
    }

    @Override
    public Service service() {
        return Service.SLACK;
    }

    @Override
    public List<Delivery> deliveries(ChatMessage message) {
        return List.of(new Delivery(CHANNEL, "Posting to " + describe(), () -> post(message)));
    }

    private String post(ChatMessage message) throws ChatFailure {
        WebhookResponse response;
        try {
            response = slack.send(url.toString(), SlackMessage.webhookPayload(message));
        }
        catch (IOException e) {
            throw ChatFailure.transientFailure("no answer from " + url.getHost() + " ("
                    + ChatUrls.scrub(e.getMessage(), url) + ")");
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
