package io.actionsroi.delivery.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Slack (an incoming webhook and the Web API a bot calls) and a Microsoft Teams Workflows webhook, played by
 * one WireMock server on loopback, answering as their API documentation shows: a webhook answers {@code ok},
 * chat.postMessage its {@code ts}, files.getUploadURLExternal an {@code upload_url} and a {@code file_id},
 * files.completeUploadExternal the files, a workflow {@code 202 Accepted}.
 */
final class ChatServices implements AutoCloseable {

    static final String WEBHOOK_PATH = "/services/T0ROI0001/B0ROI0001/w3bh00kS3cr3tP4th";
    static final String TEAMS_PATH = "/workflows/4f1c/triggers/manual/paths/invoke";
    static final String TEAMS_QUERY = "?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sig=t34msS1gS3cr3t";
    static final String TOKEN = "xoxb-1111-2222-b0tT0k3nS3cr3t";
    static final String CHANNEL = "C0ROI00001";
    static final String TS = "1790000000.000100";
    static final String FILE_ID = "F0ROI00001";
    static final String UPLOAD_PATH = "/upload/v1/ABC123";

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    ChatServices() {
        server.start();
        answerAsDocumented();
    }

    /** Every service answering as it does when all is well. */
    void answerAsDocumented() {
        server.stubFor(post(urlPathEqualTo(WEBHOOK_PATH)).willReturn(aResponse().withStatus(200).withBody("ok")));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson(
                "{\"ok\":true,\"channel\":\"" + CHANNEL + "\",\"ts\":\"" + TS + "\",\"message\":{\"type\":\"message\"}}")));
        server.stubFor(post(urlPathEqualTo("/api/files.getUploadURLExternal")).willReturn(okJson(
                "{\"ok\":true,\"upload_url\":\"" + url(UPLOAD_PATH) + "\",\"file_id\":\"" + FILE_ID + "\"}")));
        server.stubFor(post(urlPathEqualTo(UPLOAD_PATH)).willReturn(aResponse().withStatus(200).withBody("OK - 1")));
        server.stubFor(post(urlPathEqualTo("/api/files.completeUploadExternal")).willReturn(okJson(
                "{\"ok\":true,\"files\":[{\"id\":\"" + FILE_ID + "\",\"title\":\"actions-roi.pdf\"}]}")));
        server.stubFor(post(urlPathEqualTo(TEAMS_PATH)).willReturn(aResponse().withStatus(202)));
    }

    /** The webhook rate-limits the first post ({@code Retry-After: 1}), then takes the next. */
    void webhookRateLimitsOnce() {
        server.stubFor(post(urlPathEqualTo(WEBHOOK_PATH)).inScenario("rate limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("rate_limited"))
                .willSetStateTo("waited"));
        server.stubFor(post(urlPathEqualTo(WEBHOOK_PATH)).inScenario("rate limit")
                .whenScenarioStateIs("waited")
                .willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    /** The Web API rate-limits the bot's first message ({@code Retry-After: 1}, as Slack's 429 has it), then takes it. */
    void botRateLimitsOnce() {
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).inScenario("bot rate limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json").withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
                .willSetStateTo("waited"));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).inScenario("bot rate limit")
                .whenScenarioStateIs("waited")
                .willReturn(okJson("{\"ok\":true,\"channel\":\"" + CHANNEL + "\",\"ts\":\"" + TS + "\"}")));
    }

    /** The last step of the PDF's upload fails with a 500 until {@link #answerAsDocumented} again. */
    void uploadsFail() {
        server.stubFor(post(urlPathEqualTo("/api/files.completeUploadExternal")).willReturn(aResponse().withStatus(500)
                .withBody("Internal Server Error")));
    }

    /**
     * The Teams workflow rate-limits the first post ({@code Retry-After: 1}), then fails with a 503 until
     * {@link #answerAsDocumented} again.
     */
    void teamsRateLimitsThenFails() {
        server.stubFor(post(urlPathEqualTo(TEAMS_PATH)).inScenario("teams")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("Too Many Requests"))
                .willSetStateTo("down"));
        server.stubFor(post(urlPathEqualTo(TEAMS_PATH)).inScenario("teams")
                .whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
    }

    /** The settings that point the job at these services, the bot with its token and channel. */
    List<String> settings() {
        return List.of("--report.slack.webhook-url=" + webhookUrl(), "--report.slack.token=" + TOKEN,
                "--report.slack.channel=" + CHANNEL, "--report.slack.api-url=" + url("/api/"),
                "--report.msteams.webhook-url=" + teamsUrl());
    }

    String webhookUrl() {
        return url(WEBHOOK_PATH);
    }

    String teamsUrl() {
        return url(TEAMS_PATH + TEAMS_QUERY);
    }

    List<LoggedRequest> posts(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    /** Every request, in the order they came. */
    List<LoggedRequest> all() {
        List<LoggedRequest> newestFirst = new ArrayList<>(server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest).toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    void forgetRequests() {
        server.resetRequests();
    }

    /** A form-encoded body's fields. */
    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int equals = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        server.stop();
    }
}
