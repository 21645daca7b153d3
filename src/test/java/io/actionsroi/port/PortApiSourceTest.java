package io.actionsroi.port;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortApiSourceTest {

    private static final String CLIENT_ID = "client-abc";
    private static final String SECRET = "s3cr3t-do-not-print";
    private static final String BLUEPRINT = "action_run";
    private static final String TOKEN_PATH = "/v1/auth/access_token";
    private static final String SEARCH_PATH = "/v1/blueprints/action_run/entities/search";
    private static final List<String> FIELDS = List.of("$identifier", "$title", "$createdAt", "status", "duration");

    private final List<Duration> waits = new ArrayList<>();
    /** Real time, plus the waits, which pass without being spent. */
    private final WaitingClock clock = new WaitingClock();
    private final PortTokens tokens = new PortTokens(clock);
    private WireMockServer server;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .extensions(new PortRateLimitHeaders(), tokens.issuer(), tokens.validToken()));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void readsEveryPageFollowingNextAndFetchesOnePageAhead() throws InterruptedException {
        stubToken("tok-1");
        server.stubFor(post(SEARCH_PATH).withRequestBody(equalToJson(searchBody(2, null)))
                .willReturn(okJson(page("c1", "r1", "r2"))));
        server.stubFor(post(SEARCH_PATH).withRequestBody(equalToJson(searchBody(2, "c1")))
                .willReturn(okJson(page("c2", "r3", "r4"))));
        server.stubFor(post(SEARCH_PATH).withRequestBody(equalToJson(searchBody(2, "c2")))
                .willReturn(okJson(page(null, "r5"))));

        List<String> identifiers = new ArrayList<>();
        try (EntityCursor cursor = source(settings(2, 8)).open(BLUEPRINT, FIELDS)) {
            await().until(() -> searches() == 2);
            identifiers.add(cursor.next().identifier());
            identifiers.add(cursor.next().identifier());
            Thread.sleep(100);
            assertThat(searches()).as("pages fetched while the first is read").isEqualTo(2);
            assertThat(cursor.hasNext()).isTrue();
            await().until(() -> searches() == 3);
            cursor.forEachRemaining(entity -> identifiers.add(entity.identifier()));
        }

        assertThat(identifiers).containsExactly("r1", "r2", "r3", "r4", "r5");
        assertThat(searches()).isEqualTo(3);
        server.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        server.verify(3, postRequestedFor(urlPathEqualTo(SEARCH_PATH))
                .withHeader("Authorization", equalTo("Bearer tok-1"))
                .withHeader("Accept-Encoding", containing("gzip")));
        assertThat(waits).isEmpty();
    }

    @Test
    void turnsPortJsonIntoPlainJavaValuesEveryFieldWhenNoneIsNamed() {
        stubToken("tok-1");
        server.stubFor(post(SEARCH_PATH).willReturn(okJson("""
                {"ok": true, "entities": [{"identifier": "r1", "title": "Run 1", "icon": null, "team": [],
                  "createdAt": "2026-11-20T10:15:31.002Z",
                  "properties": {"status": "SUCCESS", "duration": 812.4, "lead_time_before": 48,
                                 "team_2": ["platform"], "approved": true, "ended_at": null},
                  "relations": {"parent_action": "create_s3_bucket",
                                "ran_by": {"identifier": "jane", "title": "Jane"}}}]}
                """)));

        PortEntity entity;
        try (EntityCursor cursor = source(settings(1000, 8)).open(BLUEPRINT, List.of())) {
            entity = cursor.next();
        }

        assertThat(entity.identifier()).isEqualTo("r1");
        assertThat(entity.title()).isEqualTo("Run 1");
        assertThat(entity.createdAt()).isEqualTo("2026-11-20T10:15:31.002Z");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("status", "SUCCESS");
        properties.put("duration", 812.4);
        properties.put("lead_time_before", 48L);
        properties.put("team_2", List.of("platform"));
        properties.put("approved", true);
        properties.put("ended_at", null);
        assertThat(entity.properties()).containsExactlyEntriesOf(properties);
        assertThat(entity.relations()).isEqualTo(Map.of(
                "parent_action", "create_s3_bucket", "ran_by", Map.of("identifier", "jane", "title", "Jane")));
        server.verify(1, postRequestedFor(urlPathEqualTo(SEARCH_PATH)).withRequestBody(
                equalToJson("{\"query\": {\"combinator\": \"and\", \"rules\": []}, \"limit\": 1000}")));
    }

    @Test
    void keepsOnlyTheFieldsAskedForWhenPortSendsMore() {
        stubToken("tok-1");
        server.stubFor(post(SEARCH_PATH).willReturn(okJson(page(null, "r1"))));

        PortEntity entity = readAll(source(settings(1000, 8))).get(0);

        assertThat(entity.properties()).containsOnlyKeys("status", "duration");
        assertThat(entity.relations()).isEmpty();
    }

    @Test
    void renewsAnExpiredTokenAndSendsTheSamePageAgain() {
        server.stubFor(post(TOKEN_PATH).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(tokenAnswer("tok-1"))).willSetStateTo("renewed"));
        server.stubFor(post(TOKEN_PATH).inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(okJson(tokenAnswer("tok-2"))));
        server.stubFor(post(SEARCH_PATH).withRequestBody(equalToJson(searchBody(1000, null)))
                .willReturn(okJson(page("c1", "r1"))));
        server.stubFor(post(SEARCH_PATH).withRequestBody(equalToJson(searchBody(1000, "c1")))
                .withHeader("Authorization", equalTo("Bearer tok-1"))
                .willReturn(aResponse().withStatus(401).withBody("{\"ok\":false,\"error\":\"unauthorized\"}")));
        server.stubFor(post(SEARCH_PATH).withRequestBody(equalToJson(searchBody(1000, "c1")))
                .withHeader("Authorization", equalTo("Bearer tok-2"))
                .willReturn(okJson(page(null, "r2"))));

        List<PortEntity> entities = readAll(source(settings(1000, 8)));

        assertThat(identifiers(entities)).containsExactly("r1", "r2");
        server.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        server.verify(2, postRequestedFor(urlPathEqualTo(SEARCH_PATH)).withRequestBody(matchingJsonPath("$.from")));
    }

    @Test
    void failsWhenPortRefusesEvenAFreshToken() {
        stubToken("tok-1");
        server.stubFor(post(SEARCH_PATH).willReturn(aResponse().withStatus(401).withHeader("X-Trace-Id", "trace-9")));

        assertThatThrownBy(() -> source(settings(1000, 8)).open(BLUEPRINT, FIELDS))
                .isInstanceOf(PortException.class)
                .hasMessageContaining("freshly issued")
                .hasMessageContaining(CLIENT_ID)
                .hasMessageContaining("trace-9")
                .hasMessageContaining("port.base-url")
                .message().doesNotContain("tok-1").doesNotContain(SECRET);
        server.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        server.verify(1, postRequestedFor(urlPathEqualTo(SEARCH_PATH)));
    }

    @Test
    void aTokenRefusedAfterAWaitIsRenewedAndOnlyARefusedFreshOneFails() {
        stubToken("tok-1");
        stubSequence(aResponse().withStatus(500), aResponse().withStatus(401).withHeader("X-Trace-Id", "trace-9"));

        assertThatThrownBy(() -> source(settings(1000, 8)).open(BLUEPRINT, FIELDS))
                .isInstanceOf(PortException.class)
                .hasMessageContaining("freshly issued")
                .hasMessageContaining("trace-9");
        assertThat(searchTokens()).containsExactly("tok-1", "tok-1", "tok-1");
        server.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        assertThat(waits).hasSize(1);
    }

    @Test
    void aRetryAfterAWaitSendsATokenValidThenWhenTokensLiveOneSecond() {
        server.setGlobalFixedDelay(250);
        server.stubFor(post(TOKEN_PATH).willReturn(PortTokens.issuing(Duration.ofSeconds(1))));
        stubSequenceForValidTokens(aResponse().withStatus(500), aResponse().withStatus(503), okJson(page(null, "r1")));

        assertThat(identifiers(readAll(source(settings(1000, 8))))).containsExactly("r1");

        assertThat(waits).hasSize(2);
        assertThat(searchTokens()).containsExactly("tok-1", "tok-2", "tok-3");
        assertThat(server.getAllServeEvents()).noneMatch(event -> event.getResponse().getStatus() == 401);
    }

    @Test
    void aTokenThatExpiresDuringALongWaitIsRenewedBeforeTheRetry() {
        server.stubFor(post(TOKEN_PATH).willReturn(PortTokens.issuing(Duration.ofSeconds(90))));
        stubSequenceForValidTokens(rateLimit(aResponse().withStatus(429).withHeader("Retry-After", "100"), 0, "100"),
                okJson(page(null, "r1")));

        assertThat(identifiers(readAll(source(settings(1000, 8))))).containsExactly("r1");

        assertThat(waits).containsExactly(Duration.ofSeconds(100));
        assertThat(searchTokens()).containsExactly("tok-1", "tok-2");
        assertThat(server.getAllServeEvents()).noneMatch(event -> event.getResponse().getStatus() == 401);
    }

    @Test
    void aServerErrorBacksOffBrieflyHoweverLateTheRateLimitWindowRenews() {
        stubToken("tok-1");
        stubSequence(
                rateLimit(aResponse().withStatus(500), 4321, "120"),
                aResponse().withStatus(503),
                rateLimit(aResponse().withStatus(502).withHeader("Retry-After", "120"), 4319, "118"),
                okJson(page(null, "r1")));

        assertThat(identifiers(readAll(source(settings(1000, 8))))).containsExactly("r1");

        assertThat(waits).hasSize(3);
        for (int i = 0; i < waits.size(); i++) {
            long full = 1_000L << i;
            assertThat(waits.get(i).toMillis()).as("wait %d", i + 1).isBetween(full * 8 / 10, full);
        }
    }

    @Test
    void a429WaitsAsLongAsRetryAfterSays() {
        stubToken("tok-1");
        stubSequence(rateLimit(aResponse().withStatus(429).withHeader("Retry-After", "7"), 0, "45"),
                okJson(page(null, "r1")));

        assertThat(identifiers(readAll(source(settings(1000, 8))))).containsExactly("r1");
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void a429WithoutRetryAfterWaitsForTheRateLimitReset() {
        stubToken("tok-1");
        stubSequence(rateLimit(aResponse().withStatus(429), 0, "12"), okJson(page(null, "r1")));

        assertThat(identifiers(readAll(source(settings(1000, 8))))).containsExactly("r1");
        assertThat(waits).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void aUsedUpRateLimitMakesAServerErrorWaitForTheReset() {
        stubToken("tok-1");
        stubSequence(rateLimit(aResponse().withStatus(503), 0, "20"), okJson(page(null, "r1")));

        assertThat(identifiers(readAll(source(settings(1000, 8))))).containsExactly("r1");
        assertThat(waits).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void honoursRateLimitResetGivenAsEpochTime() {
        stubToken("tok-1");
        long resetAt = Instant.now().getEpochSecond() + 40;
        stubSequence(rateLimit(aResponse().withStatus(429), 0, Long.toString(resetAt)), okJson(page(null, "r1")));

        assertThat(identifiers(readAll(source(settings(1000, 8))))).containsExactly("r1");
        assertThat(waits).singleElement().satisfies(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(37), Duration.ofSeconds(40)));
    }

    @Test
    void backsOffExponentiallyUpToTheCapWhenTheRateLimitIsNotUsedUp() {
        stubToken("tok-1");
        stubSequence(
                aResponse().withStatus(504),
                aResponse().withStatus(503),
                aResponse().withStatus(502),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withStatus(500),
                aResponse().withStatus(408),
                okJson(page(null, "r1")));
        PortProperties.Retry retry = new PortProperties.Retry(8, Duration.ofSeconds(1), Duration.ofSeconds(3),
                Duration.ofMinutes(5));

        assertThat(identifiers(readAll(source(settings(1000, retry, Duration.ofSeconds(5)))))).containsExactly("r1");

        List<Long> expectedMillis = List.of(1_000L, 2_000L, 3_000L, 3_000L, 3_000L, 3_000L);
        assertThat(waits).hasSize(expectedMillis.size());
        for (int i = 0; i < waits.size(); i++) {
            long full = expectedMillis.get(i);
            assertThat(waits.get(i).toMillis()).as("wait %d", i + 1).isBetween(full * 8 / 10, full);
        }
    }

    @Test
    void retriesACutOffPageAndReadsTheSameEntitiesAsACleanRead() {
        stubToken("tok-1");
        String fullPage = page(null, "r1", "r2", "r3");
        server.stubFor(post("/v1/blueprints/clean/entities/search").willReturn(okJson(fullPage)));
        stubSequence(
                aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                okJson(fullPage.substring(0, fullPage.length() / 2)),
                okJson(fullPage));
        PortApiSource source = source(settings(1000, 8));

        List<PortEntity> clean = readAll(source, "clean");
        List<PortEntity> retried = readAll(source, BLUEPRINT);

        assertThat(clean).hasSize(3);
        assertThat(retried).isEqualTo(clean);
        assertThat(waits).hasSize(2);
    }

    @Test
    void retriesAnAnswerThatDoesNotComeWithinTheReadTimeout() {
        stubToken("tok-1");
        stubSequence(okJson(page(null, "late")).withFixedDelay(3_000), okJson(page(null, "r1")));

        List<PortEntity> entities = readAll(source(settings(1000, retry(8), Duration.ofMillis(300))));

        assertThat(identifiers(entities)).containsExactly("r1");
        assertThat(waits).hasSize(1);
    }

    @Test
    void decompressesAGzipPage() throws IOException {
        stubToken("tok-1");
        server.stubFor(post(SEARCH_PATH).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("Content-Encoding", "gzip")
                .withBody(gzip(page(null, "r1", "r2")))));

        assertThat(identifiers(readAll(source(settings(1000, 8))))).containsExactly("r1", "r2");
    }

    @Test
    void wrongCredentialsNameTheClientIdAndTraceIdButNotTheSecret() {
        server.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401).withHeader("X-Trace-Id", "trace-401")
                .withBody("{\"ok\":false,\"error\":\"unauthorized\",\"message\":\"bad credentials\"}")));

        assertThatThrownBy(() -> source(settings(1000, 8)).open(BLUEPRINT, FIELDS))
                .isInstanceOf(PortException.class)
                .hasMessageContaining("'" + CLIENT_ID + "'")
                .hasMessageContaining("trace-401")
                .hasMessageContaining("unauthorized: bad credentials")
                .hasMessageContaining("PORT_CLIENT_ID")
                .hasMessageContaining("PORT_CLIENT_SECRET")
                .message().doesNotContain(SECRET);
        server.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        assertThat(waits).isEmpty();
    }

    @Test
    void refusedCredentialsWithoutATraceIdSayThereIsNone() {
        server.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> source(settings(1000, 8)).open(BLUEPRINT, FIELDS))
                .isInstanceOf(PortException.class)
                .hasMessageContaining("HTTP 403")
                .hasMessageContaining("X-Trace-Id none")
                .message().doesNotContain("null");
    }

    @Test
    void givesUpAfterMaxAttemptsNamingTheUrlStatusAndAttempts() {
        stubToken("tok-1");
        server.stubFor(post(SEARCH_PATH).willReturn(aResponse().withStatus(503).withHeader("X-Trace-Id", "trace-503")));

        assertThatThrownBy(() -> source(settings(1000, 3)).open(BLUEPRINT, FIELDS))
                .isInstanceOf(PortException.class)
                .hasMessageContaining("POST " + baseUrl() + SEARCH_PATH)
                .hasMessageContaining("HTTP 503")
                .hasMessageContaining("trace-503")
                .hasMessageContaining("3 attempts")
                .message().doesNotContain("tok-1").doesNotContain(SECRET);
        server.verify(3, postRequestedFor(urlPathEqualTo(SEARCH_PATH)));
        assertThat(waits).hasSize(2);
    }

    @Test
    void failsAtOnceWithTheReasonWhenPortAsksToWaitLongerThanMaxWait() {
        stubToken("tok-1");
        server.stubFor(post(SEARCH_PATH).willReturn(rateLimit(aResponse().withStatus(429).withHeader("Retry-After", "600")
                .withHeader("X-Trace-Id", "trace-429"), 0, "600")));

        assertThatThrownBy(() -> source(settings(1000, 8)).open(BLUEPRINT, FIELDS))
                .isInstanceOf(PortException.class)
                .hasMessageContaining("Port asks to wait 10 min 0 s (Retry-After: 600)")
                .hasMessageContaining("HTTP 429 (X-Trace-Id trace-429)")
                .hasMessageContaining("longer than port.retry.max-wait (5 min 0 s)");
        server.verify(1, postRequestedFor(urlPathEqualTo(SEARCH_PATH)));
        assertThat(waits).isEmpty();
    }

    @Test
    void failsAtOnceWhenTheUsedUpRateLimitRenewsAfterMaxWait() {
        stubToken("tok-1");
        long resetAt = Instant.now().getEpochSecond() + 3600;
        server.stubFor(post(SEARCH_PATH).willReturn(rateLimit(aResponse().withStatus(503), 0, Long.toString(resetAt))));

        assertThatThrownBy(() -> source(settings(1000, 8)).open(BLUEPRINT, FIELDS))
                .isInstanceOf(PortException.class)
                .hasMessageContaining("(x-ratelimit-reset: " + resetAt + ", x-ratelimit-remaining: 0)")
                .hasMessageContaining("HTTP 503")
                .hasMessageContaining("port.retry.max-wait");
        server.verify(1, postRequestedFor(urlPathEqualTo(SEARCH_PATH)));
        assertThat(waits).isEmpty();
    }

    @Test
    void aMissingBlueprintIsReportedWithoutRetrying() {
        stubToken("tok-1");
        server.stubFor(post("/v1/blueprints/nope/entities/search").willReturn(aResponse().withStatus(404)
                .withBody("{\"ok\":false,\"error\":\"not_found\",\"message\":\"Blueprint nope not found\"}")));

        assertThatThrownBy(() -> source(settings(1000, 8)).open("nope", FIELDS))
                .isInstanceOfSatisfying(BlueprintNotFoundException.class,
                        e -> assertThat(e.blueprint()).isEqualTo("nope"))
                .hasMessageContaining("'nope'")
                .hasMessageContaining("blueprint identifier");
        server.verify(1, postRequestedFor(urlPathEqualTo("/v1/blueprints/nope/entities/search")));
        assertThat(waits).isEmpty();
    }

    @Test
    void anotherClientErrorShowsPortsExplanationWithoutRetrying() {
        stubToken("tok-1");
        server.stubFor(post(SEARCH_PATH).willReturn(aResponse().withStatus(422).withHeader("X-Trace-Id", "trace-422")
                .withBody("{\"ok\":false,\"error\":\"invalid_request\",\"message\":\"include must be an array\"}")));

        assertThatThrownBy(() -> source(settings(1000, 8)).open(BLUEPRINT, FIELDS))
                .isInstanceOf(PortException.class)
                .isNotInstanceOf(BlueprintNotFoundException.class)
                .hasMessageContaining("HTTP 422")
                .hasMessageContaining("invalid_request: include must be an array")
                .hasMessageContaining("trace-422");
        server.verify(1, postRequestedFor(urlPathEqualTo(SEARCH_PATH)));
        assertThat(waits).isEmpty();
    }

    @Test
    void aLaterPageThatPortRefusesFailsTheReadWhereItIsReachedWithTheSameMessage() {
        stubToken("tok-1");
        server.stubFor(post(SEARCH_PATH).withRequestBody(equalToJson(searchBody(2, null)))
                .willReturn(okJson(page("c1", "r1", "r2"))));
        server.stubFor(post(SEARCH_PATH).withRequestBody(equalToJson(searchBody(2, "c1")))
                .willReturn(aResponse().withStatus(422).withHeader("X-Trace-Id", "trace-422")
                        .withBody("{\"ok\":false,\"error\":\"invalid_request\",\"message\":\"bad cursor\"}")));

        List<String> identifiers = new ArrayList<>();
        try (EntityCursor cursor = source(settings(2, 8)).open(BLUEPRINT, FIELDS)) {
            assertThatThrownBy(() -> cursor.forEachRemaining(entity -> identifiers.add(entity.identifier())))
                    .isInstanceOf(PortException.class)
                    .hasMessageStartingWith("Port refused to search the entities of blueprint 'action_run': HTTP 422")
                    .hasMessageContaining("invalid_request: bad cursor")
                    .hasMessageContaining("trace-422");
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                    thread -> thread.getName().equals("read-ahead-" + BLUEPRINT) && thread.isAlive());
        }

        assertThat(identifiers).containsExactly("r1", "r2");
    }

    @Test
    void countsTheEntitiesOfABlueprint() {
        stubToken("tok-1");
        server.stubFor(get("/v1/blueprints/action_run/entities-count")
                .willReturn(okJson("{\"ok\": true, \"count\": 2500}")));

        assertThat(source(settings(1000, 8)).count(BLUEPRINT)).hasValue(2500);
    }

    @Test
    void aFailedCountIsEmptyAndNotRetried() {
        stubToken("tok-1");
        server.stubFor(get("/v1/blueprints/action_run/entities-count").willReturn(aResponse().withStatus(503)));

        assertThat(source(settings(1000, 8)).count(BLUEPRINT)).isEqualTo(OptionalLong.empty());
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/blueprints/action_run/entities-count")));
        assertThat(waits).isEmpty();
    }

    @Test
    void describesItselfByTheBaseUrl() {
        assertThat(source(settings(1000, 8)).description()).isEqualTo(baseUrl());
    }

    @Test
    void aCursorThatPortHandsBackUnchangedStopsTheReadInsteadOfLoopingForever() {
        stubToken("tok-1");
        server.stubFor(post(SEARCH_PATH).withRequestBody(equalToJson(searchBody(2, null)))
                .willReturn(okJson(page("c1", "r1", "r2"))));
        server.stubFor(post(SEARCH_PATH).withRequestBody(equalToJson(searchBody(2, "c1")))
                .willReturn(okJson(page("c1", "r3", "r4"))));

        assertThatThrownBy(() -> readAll(source(settings(2, 8))))
                .isInstanceOf(PortException.class)
                .hasMessageContaining("blueprint 'action_run'")
                .hasMessageContaining("same page cursor");
        assertThat(searches()).isEqualTo(2);
    }

    private void stubToken(String token) {
        server.stubFor(post(TOKEN_PATH)
                .withRequestBody(equalToJson("{\"clientId\": \"" + CLIENT_ID + "\", \"clientSecret\": \"" + SECRET + "\"}"))
                .willReturn(okJson(tokenAnswer(token))));
    }

    /** Answers the search with each response in turn; the last one stays. */
    private void stubSequence(ResponseDefinitionBuilder... responses) {
        stubSequence(() -> post(SEARCH_PATH), responses);
    }

    /**
     * As {@link #stubSequence(ResponseDefinitionBuilder...)} for searches whose token is valid (see
     * {@link PortTokens}); Port refuses the others, as a 401, without moving on in the sequence.
     */
    private void stubSequenceForValidTokens(ResponseDefinitionBuilder... responses) {
        server.stubFor(post(SEARCH_PATH).atPriority(10).willReturn(aResponse().withStatus(401)
                .withBody("{\"ok\":false,\"error\":\"unauthorized\",\"message\":\"The token has expired\"}")));
        stubSequence(() -> post(SEARCH_PATH).andMatching(PortTokens.VALID).atPriority(1), responses);
    }

    private void stubSequence(Supplier<MappingBuilder> search, ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            var stub = search.get().inScenario("sequence")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step " + i)
                    .willReturn(responses[i]);
            server.stubFor(i < responses.length - 1 ? stub.willSetStateTo("step " + (i + 1)) : stub);
        }
    }

    private PortApiSource source(PortProperties settings) {
        return new PortApiSource(settings, wait -> {
            waits.add(wait);
            clock.advance(wait);
        }, clock);
    }

    private PortProperties settings(int pageSize, int maxAttempts) {
        return settings(pageSize, retry(maxAttempts), Duration.ofSeconds(5));
    }

    private PortProperties settings(int pageSize, PortProperties.Retry retry, Duration readTimeout) {
        return new PortProperties(URI.create(baseUrl()), CLIENT_ID, SECRET, null, Duration.ofSeconds(2),
                readTimeout, pageSize, 1, retry, null, null, null, null, null);
    }

    private static PortProperties.Retry retry(int maxAttempts) {
        return new PortProperties.Retry(maxAttempts, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The bearer tokens of the searches, in order. */
    private List<String> searchTokens() {
        return server.findAll(postRequestedFor(urlPathEqualTo(SEARCH_PATH))).stream()
                .map(request -> request.getHeader("Authorization").replaceFirst("^Bearer ", ""))
                .toList();
    }

    /** Port's rate-limit headers, as it sends them on every answer. */
    private static ResponseDefinitionBuilder rateLimit(ResponseDefinitionBuilder answer, int remaining, String reset) {
        return answer.withHeader("x-ratelimit-limit", "5000")
                .withHeader("x-ratelimit-remaining", Integer.toString(remaining))
                .withHeader("x-ratelimit-reset", reset)
                .withHeader("x-ratelimit-period", "300");
    }

    private int searches() {
        return server.findAll(postRequestedFor(urlPathEqualTo(SEARCH_PATH))).size();
    }

    private static List<PortEntity> readAll(EntitySource source) {
        return readAll(source, BLUEPRINT);
    }

    private static List<PortEntity> readAll(EntitySource source, String blueprint) {
        List<PortEntity> entities = new ArrayList<>();
        try (EntityCursor cursor = source.open(blueprint, FIELDS)) {
            cursor.forEachRemaining(entities::add);
        }
        return entities;
    }

    private static List<String> identifiers(List<PortEntity> entities) {
        return entities.stream().map(PortEntity::identifier).toList();
    }

    private static String searchBody(int limit, String from) {
        String include = FIELDS.stream().map(field -> "\"" + field + "\"").collect(Collectors.joining(","));
        return "{\"query\": {\"combinator\": \"and\", \"rules\": []}, \"include\": [" + include + "], \"limit\": " + limit
                + (from == null ? "" : ", \"from\": \"" + from + "\"") + "}";
    }

    private static String tokenAnswer(String token) {
        return "{\"ok\": true, \"accessToken\": \"" + token + "\", \"expiresIn\": 10800, \"tokenType\": \"Bearer\"}";
    }

    private static String page(String next, String... identifiers) {
        String entities = Arrays.stream(identifiers).map(id -> """
                {"identifier": "%s", "title": "%s", "icon": null, "blueprint": "action_run", "team": [],
                 "properties": {"status": "SUCCESS", "duration": 812.4, "lead_time_before": 48, "team_2": ["platform"]},
                 "relations": {"parent_action": "create_s3_bucket"},
                 "createdAt": "2026-11-20T10:15:31.002Z", "updatedAt": "2026-11-20T10:15:31.002Z"}"""
                .formatted(id, id)).collect(Collectors.joining(","));
        return "{\"ok\": true, \"entities\": [" + entities + "]"
                + (next == null ? "" : ", \"next\": \"" + next + "\"") + "}";
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static final class WaitingClock extends Clock {

        private Duration waited = Duration.ZERO;

        synchronized void advance(Duration wait) {
            waited = waited.plus(wait);
        }

        @Override
        public synchronized Instant instant() {
            return Instant.now().plus(waited);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
