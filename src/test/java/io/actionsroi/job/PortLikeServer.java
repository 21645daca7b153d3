package io.actionsroi.job;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.actionsroi.DemoExport;
import io.actionsroi.port.PortRateLimitHeaders;
import io.actionsroi.port.RangedSearch;
import io.actionsroi.tls.TestCertificates;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A loopback HTTP server that answers like Port for the demo export: an access token, and the
 * paged entity search of the five blueprints, with {@code next} cursors, and Port's rate-limit headers
 * on every answer. Faults can be put in front of any page; each is answered once, in order, before the
 * page itself.
 */
final class PortLikeServer implements AutoCloseable {

    static final String CLIENT_ID = "roi-report-client";
    static final String CLIENT_SECRET = "very-secret-value-7781";
    static final String TOKEN_PATH = "/v1/auth/access_token";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RangedSearch rangedSearch = new RangedSearch();
    private final WireMockServer server;
    private final int pageSize;
    private final boolean https;

    PortLikeServer(int pageSize) {
        this(pageSize, null);
    }

    /** Over HTTPS alone, with a certificate of the tests' CA, when {@code certificates} is not null. */
    PortLikeServer(int pageSize, TestCertificates certificates) {
        WireMockConfiguration options = options().bindAddress("127.0.0.1")
                .extensions(new PortRateLimitHeaders(), rangedSearch);
        this.server = new WireMockServer(certificates == null ? options.dynamicPort() : certificates.httpsOnly(options));
        this.pageSize = pageSize;
        this.https = certificates != null;
        server.start();
    }

    int port() {
        return https ? server.httpsPort() : server.port();
    }

    String baseUrl() {
        return (https ? "https" : "http") + "://127.0.0.1:" + port();
    }

    /**
     * Command-line settings that point the job at this server, with fast retries, reading the runs with
     * one cursor: the pages stubbed by {@link #servePages} answer a search whatever its rules.
     */
    List<String> settings() {
        return settings(1);
    }

    /** As {@link #settings()}, reading the runs as this many ranges at a time (see {@link #serveRunsByCreationTime}). */
    List<String> settings(int readConcurrency) {
        return List.of("--port.base-url=" + baseUrl(), "--port.client-id=" + CLIENT_ID,
                "--port.client-secret=" + CLIENT_SECRET, "--port.page-size=" + pageSize,
                "--port.read-concurrency=" + readConcurrency,
                "--port.retry.initial-backoff=10ms", "--port.retry.max-backoff=50ms");
    }

    /** Answers the token request with the given tokens, one per request, the last one from then on. */
    void issueTokens(String... tokens) {
        String scenario = "tokens";
        for (int i = 0; i < tokens.length; i++) {
            var stub = post(urlPathEqualTo(TOKEN_PATH))
                    .withRequestBody(matchingJsonPath("$.clientId", equalTo(CLIENT_ID)))
                    .withRequestBody(matchingJsonPath("$.clientSecret", equalTo(CLIENT_SECRET)))
                    .inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "token-" + i)
                    .willReturn(okJson("{\"ok\":true,\"accessToken\":\"" + tokens[i]
                            + "\",\"expiresIn\":10800,\"tokenType\":\"Bearer\"}"));
            if (i < tokens.length - 1) {
                stub.willSetStateTo("token-" + (i + 1));
            }
            server.stubFor(stub);
        }
    }

    /** Serves every blueprint of the demo export as pages. */
    void serveExport() {
        for (String blueprint : List.of("actions_categories", "action", "_team", "_user", "action_run")) {
            servePages(blueprint, pages(entities(blueprint)));
        }
    }

    /** Serves the given pages of a blueprint; page i answers the request whose {@code from} is cursor i. */
    void servePages(String blueprint, List<ArrayNode> pages) {
        for (int i = 0; i < pages.size(); i++) {
            ObjectNode body = JSON.createObjectNode().put("ok", true);
            body.set("entities", pages.get(i));
            if (i < pages.size() - 1) {
                body.put("next", cursor(blueprint, i + 1));
            }
            server.stubFor(pageRequest(blueprint, i).atPriority(5).willReturn(okJson(body.toString())));
        }
    }

    /**
     * Serves the runs as Port does, applying the search's {@code $createdAt} rules (see {@link RangedSearch}),
     * instead of the export's, each answer after the given latency; the count route says how many there are.
     */
    void serveRunsByCreationTime(int count, IntFunction<Instant> createdAt, IntFunction<String> json, int latencyMillis) {
        rangedSearch.serve("action_run", count, createdAt, json);
        server.stubFor(post(urlPathEqualTo(searchPath("action_run"))).atPriority(3)
                .willReturn(RangedSearch.answer().withFixedDelay(latencyMillis)));
        server.stubFor(WireMock.get(urlPathEqualTo("/v1/blueprints/action_run/entities-count"))
                .willReturn(okJson("{\"ok\":true,\"count\":" + count + "}")));
    }

    /** The searches of the runs answered by {@link #serveRunsByCreationTime}. */
    List<RangedSearch.Served> rangedSearches() {
        return rangedSearch.served();
    }

    /** Puts faults in front of page {@code index} of a blueprint: each is answered once, in order. */
    void failPage(String blueprint, int index, ResponseDefinitionBuilder... faults) {
        String scenario = blueprint + "-page-" + index;
        for (int i = 0; i < faults.length; i++) {
            server.stubFor(pageRequest(blueprint, index).atPriority(1)
                    .inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : scenario + "-" + i)
                    .willSetStateTo(scenario + "-" + (i + 1))
                    .willReturn(faults[i]));
        }
    }

    /** Refuses page {@code index} of a blueprint when it is asked with the given (expired) token. */
    void refuseToken(String blueprint, int index, String expiredToken) {
        server.stubFor(pageRequest(blueprint, index).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + expiredToken))
                .willReturn(aResponse().withStatus(401).withHeader("X-Trace-Id", "trace-expired")
                        .withBody("{\"ok\":false,\"error\":\"token_expired\",\"message\":\"Token expired\"}")));
    }

    void stub(com.github.tomakehurst.wiremock.client.MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /** How many times the job asked for the runs' count. */
    int runCountRequests() {
        return server.countRequestsMatching(WireMock.getRequestedFor(urlPathEqualTo("/v1/blueprints/action_run/entities-count"))
                .build()).getCount();
    }

    int tokenRequests() {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).build()).getCount();
    }

    /** The export's entities of one blueprint. */
    static ArrayNode entities(String blueprint) {
        return (ArrayNode) JSON.readTree(DemoExport.FOLDER.resolve(blueprint + ".json").toFile());
    }

    /** Splits entities into pages of this server's page size. */
    List<ArrayNode> pages(ArrayNode entities) {
        List<ArrayNode> pages = new ArrayList<>();
        for (int start = 0; start < entities.size(); start += pageSize) {
            ArrayNode page = JSON.createArrayNode();
            for (int i = start; i < Math.min(start + pageSize, entities.size()); i++) {
                page.add(entities.get(i));
            }
            pages.add(page);
        }
        return pages;
    }

    static String searchPath(String blueprint) {
        return "/v1/blueprints/" + blueprint + "/entities/search";
    }

    /** How many times page {@code index} of a blueprint was asked for. */
    int pageRequests(String blueprint, int index) {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(searchPath(blueprint)))
                .withRequestBody(pageBody(blueprint, index)).build()).getCount();
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder pageRequest(String blueprint, int index) {
        return post(urlPathEqualTo(searchPath(blueprint))).withRequestBody(pageBody(blueprint, index));
    }

    /** The first page is asked without a cursor; a later one by the cursor the previous page gave. */
    private static StringValuePattern pageBody(String blueprint, int index) {
        return index == 0 ? WireMock.notContaining("\"from\"")
                : matchingJsonPath("$.from", equalTo(cursor(blueprint, index)));
    }

    private static String cursor(String blueprint, int index) {
        return blueprint + "-cursor-" + index;
    }

    static JsonNode readJson(Path file) {
        return JSON.readTree(file.toFile());
    }

    /**
     * A summary without what differs between two runs of the same figures: when (and so whether it was
     * made before its day ended), and from where.
     */
    static JsonNode withoutRunDetails(JsonNode summary) {
        ObjectNode copy = ((ObjectNode) summary).deepCopy();
        copy.remove("generatedAt");
        copy.remove("partial");
        copy.remove("source");
        return copy;
    }

    @Override
    public void close() {
        server.stop();
    }
}
