package io.actionsroi.port;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Port's API read as ranges of {@code $createdAt} by several readers at once, against a loopback
 * server that applies the ranges' rules as Port does ({@link RangedSearch}).
 */
class ConcurrentRangeReadsTest {

    private static final String BLUEPRINT = "action_run";
    private static final String SEARCH_PATH = "/v1/blueprints/action_run/entities/search";
    private static final String TOKEN_PATH = "/v1/auth/access_token";
    private static final List<String> FIELDS = List.of("$identifier", "$title", "$createdAt", "status");
    private static final Instant RECENT = Instant.parse("2026-10-01T00:00:00Z");
    /** From 400 days before the recent instant to 5 days after it: some runs fall in each open range. */
    private static final Instant FIRST = RECENT.minus(Duration.ofDays(400));
    private static final long SPAN_MILLIS = Duration.ofDays(405).toMillis();
    private static final int RUNS = 6_000;
    private static final int PAGE_SIZE = 100;

    private final RangedSearch search = new RangedSearch();
    private WireMockServer server;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .extensions(new PortRateLimitHeaders(), search));
        server.start();
        // Most runs are recent: the density grows with time, as an organisation's use of Port does.
        search.serve(BLUEPRINT, RUNS, ConcurrentRangeReadsTest::createdAt, ConcurrentRangeReadsTest::run);
        server.stubFor(post(SEARCH_PATH).atPriority(5).willReturn(RangedSearch.answer()));
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void fourReadersReadEveryRunOnceInTheOrderOfASingleCursor() {
        stubTokens("tok-1");

        List<String> single = identifiers(source(1, Sleeper.THREAD));
        int singleSearches = search.served().size();
        List<String> ranged = identifiers(source(4, Sleeper.THREAD));

        List<String> expected = IntStream.range(0, RUNS).mapToObj(ConcurrentRangeReadsTest::identifier).toList();
        assertThat(single).isEqualTo(expected);
        assertThat(ranged).isEqualTo(expected);
        List<CreatedAtRange> ranges = search.served().stream().skip(singleSearches)
                .map(served -> new CreatedAtRange(served.from(), served.to())).distinct()
                .sorted(Comparator.comparing(CreatedAtRange::from, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        assertThat(ranges.get(0).from()).as("the first range is open below").isNull();
        assertThat(ranges.get(0).to()).isEqualTo(RECENT.minus(CreationTimeRanges.SPAN));
        assertThat(ranges.get(ranges.size() - 1)).as("the last range is open above from the recent instant")
                .isEqualTo(new CreatedAtRange(RECENT, null));
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).from()).as("range %d starts where the one before ends", i)
                    .isEqualTo(ranges.get(i - 1).to());
        }
        assertThat(ranges).as("many small ranges, so that four readers share the work evenly").hasSizeGreaterThan(16);
    }

    @Test
    void a429ForOneReaderHoldsEveryReaderUntilPortsRateLimitRenews() {
        stubTokens("tok-1");
        // The first search of the oldest range (its only rule is "<") is answered 429 once, while the
        // other readers have most of the runs still to read.
        server.stubFor(post(SEARCH_PATH).atPriority(1).withRequestBody(notContaining(">="))
                .inScenario("limit").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("limited")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        server.stubFor(post(SEARCH_PATH).atPriority(5).willReturn(RangedSearch.answer().withFixedDelay(10)));

        List<String> ranged = identifiers(source(4, Sleeper.THREAD));

        assertThat(ranged).hasSize(RUNS).doesNotHaveDuplicates();
        List<LoggedRequest> searches = server.findAll(postRequestedFor(urlPathEqualTo(SEARCH_PATH)));
        LoggedRequest limited = searches.stream().filter(request -> !request.getBodyAsString().contains(">="))
                .min(Comparator.comparing(LoggedRequest::getLoggedDate)).orElseThrow();
        long limitedAt = limited.getLoggedDate().getTime();
        List<Long> millisAfter = searches.stream().map(request -> request.getLoggedDate().getTime() - limitedAt)
                .toList();
        // Searches sent before the 429 came back arrive within milliseconds; then none until Port's second passed.
        assertThat(millisAfter).as("ms after the 429").noneMatch(after -> after > 150 && after < 950)
                .anyMatch(after -> after >= 1_000);
    }

    @Test
    void aRangeThatCannotBeReadFailsTheWholeReadNamingTheRangeAndStopsTheOtherReaders() {
        stubTokens("tok-1");
        server.stubFor(post(SEARCH_PATH).atPriority(1).withRequestBody(matchingJsonPath("$.from"))
                .willReturn(aResponse().withStatus(503).withHeader("X-Trace-Id", "trace-503")));

        assertThatThrownBy(() -> identifiers(source(4, duration -> { })))
                .isInstanceOf(PortException.class)
                .hasMessageMatching("Reading the 'action_run' entities created (before|from) \\S+Z.* failed, and with it"
                        + " the whole read of the blueprint \\(4 ranges at a time\\): Port did not answer POST .*"
                        + " after 2 attempts .* HTTP 503 \\(X-Trace-Id trace-503\\).*");
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("read-" + BLUEPRINT));
    }

    @Test
    void aTokenThatPortStopsAcceptingMidReadIsRenewedOnceForEveryReader() {
        stubTokens("tok-1", "tok-2");
        server.stubFor(post(SEARCH_PATH).atPriority(1).withRequestBody(matchingJsonPath("$.from"))
                .withHeader("Authorization", equalTo("Bearer tok-1"))
                .willReturn(aResponse().withStatus(401).withBody("{\"ok\":false,\"error\":\"token_expired\"}")));

        List<String> ranged = identifiers(source(4, Sleeper.THREAD));

        assertThat(ranged).isEqualTo(IntStream.range(0, RUNS).mapToObj(ConcurrentRangeReadsTest::identifier).toList());
        server.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        assertThat(search.served()).as("searches answered with tok-2 after the refusal").isNotEmpty();
    }

    @Test
    void theExportFolderIsReadAsOneStreamWhateverTheConcurrency() {
        EntitySource export = ExportFolderSource.of(java.nio.file.Path.of("demo/port-export"));

        List<String> byCreationTime = new ArrayList<>();
        try (EntityCursor cursor = export.openByCreationTime(BLUEPRINT, FIELDS, RECENT, OptionalLong.of(2500))) {
            cursor.forEachRemaining(run -> byCreationTime.add(run.identifier()));
        }
        List<String> whole = new ArrayList<>();
        try (EntityCursor cursor = export.open(BLUEPRINT, FIELDS)) {
            cursor.forEachRemaining(run -> whole.add(run.identifier()));
        }
        assertThat(byCreationTime).isEqualTo(whole).hasSize(2500);
    }

    private List<String> identifiers(PortApiSource source) {
        List<String> identifiers = new ArrayList<>();
        try (EntityCursor cursor = source.openByCreationTime(BLUEPRINT, FIELDS, RECENT, OptionalLong.of(RUNS))) {
            cursor.forEachRemaining(run -> identifiers.add(run.identifier()));
        }
        return identifiers;
    }

    private void stubTokens(String... tokens) {
        for (int i = 0; i < tokens.length; i++) {
            var stub = post(TOKEN_PATH).inScenario("tokens")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "token-" + i)
                    .willReturn(okJson("{\"ok\":true,\"accessToken\":\"" + tokens[i]
                            + "\",\"expiresIn\":10800,\"tokenType\":\"Bearer\"}"));
            server.stubFor(i < tokens.length - 1 ? stub.willSetStateTo("token-" + (i + 1)) : stub);
        }
    }

    private PortApiSource source(int readers, Sleeper sleeper) {
        PortProperties settings = new PortProperties(URI.create("http://127.0.0.1:" + server.port()), "client-abc",
                "s3cr3t", null, Duration.ofSeconds(2), Duration.ofSeconds(10), PAGE_SIZE, readers,
                new PortProperties.Retry(2, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMinutes(1)),
                null, null, null, null, null);
        return new PortApiSource(settings, sleeper, Clock.systemUTC());
    }

    private static Instant createdAt(int index) {
        return FIRST.plusMillis((long) (SPAN_MILLIS * Math.sqrt((double) index / RUNS)));
    }

    private static String identifier(int index) {
        return "r" + index;
    }

    private static String run(int index) {
        return "{\"identifier\":\"" + identifier(index) + "\",\"title\":\"run " + index + "\",\"blueprint\":\"action_run\","
                + "\"properties\":{\"status\":\"SUCCESS\"},\"relations\":{},\"createdAt\":\""
                + Objects.requireNonNull(createdAt(index)) + "\"}";
    }
}
