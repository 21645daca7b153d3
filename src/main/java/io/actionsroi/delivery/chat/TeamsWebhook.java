package io.actionsroi.delivery.chat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** A Microsoft Teams Workflows webhook: the card, posted with the JDK's HTTP client. */
final class TeamsWebhook {

    static final String CHANNEL = "msteams";

    private final HttpClient http;
    private final URI url;
    private final Duration timeout;

    private TeamsWebhook(HttpClient http, URI url, Duration timeout) {
        this.http = http;
        this.url = url;
        this.timeout = timeout;
    }

    static ChatTarget target(HttpClient http, URI url, Duration timeout) {
        TeamsWebhook webhook = new TeamsWebhook(http, url, timeout);
        String name = "the Teams webhook " + ChatUrls.masked(url);
        return new ChatTarget(name, ChatUrls.hash(url.toString()), ChatTarget.Service.MSTEAMS,
                message -> List.of(new ChatTarget.Delivery(CHANNEL, "Posting to " + name, () -> webhook.post(message))));
    }

    private String post(ChatMessage message) throws ChatFailure {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TeamsCard.json(message)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw ChatFailure.noAnswer(url, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ChatFailure.refused("interrupted while posting");
        }
        // A workflow answers 202 Accepted: it runs after the answer.
        if (response.statusCode() / 100 == 2) {
            return null;
        }
        throw ChatFailure.ofStatus(response.statusCode(), response.body(),
                response.headers().firstValue("Retry-After").orElse(null));
    }
}
