package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-10-21T07:28:00Z");
    private static final PortProperties.Retry SETTINGS =
            new PortProperties.Retry(8, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5));

    private final RetryPolicy policy = new RetryPolicy(SETTINGS, () -> 0.0);

    @Test
    void readsRetryAfterInSeconds() {
        assertThat(askedOn429("Retry-After", "7")).isEqualTo(new RetryPolicy.Wait(Duration.ofSeconds(7), "Retry-After: 7"));
        assertThat(askedOn429("Retry-After", " 0 ")).isEqualTo(new RetryPolicy.Wait(Duration.ZERO, "Retry-After: 0"));
    }

    @Test
    void readsRetryAfterAsAnHttpDate() {
        assertThat(askedOn429("Retry-After", "Wed, 21 Oct 2026 07:28:10 GMT").duration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(askedOn429("Retry-After", "Wed, 21 Oct 2026 07:27:00 GMT").duration()).isEqualTo(Duration.ZERO);
    }

    @Test
    void retryAfterWinsOverRateLimitReset() {
        assertThat(askedOn429("Retry-After", "3", "x-ratelimit-reset", "12").duration()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void readsSmallRateLimitResetAsSecondsToWait() {
        assertThat(askedOn429("x-ratelimit-reset", "12"))
                .isEqualTo(new RetryPolicy.Wait(Duration.ofSeconds(12), "x-ratelimit-reset: 12"));
        assertThat(askedOn429("x-ratelimit-reset", "1.5").duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(askedOn429("x-ratelimit-reset", "10000").duration()).isEqualTo(Duration.ofSeconds(10_000));
    }

    @Test
    void readsLargeRateLimitResetAsEpochSeconds() {
        long inThirtySeconds = NOW.getEpochSecond() + 30;
        assertThat(askedOn429("x-ratelimit-reset", Long.toString(inThirtySeconds)).duration())
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(askedOn429("x-ratelimit-reset", "10001").duration()).isEqualTo(Duration.ZERO);
    }

    @Test
    void fallsBackToRateLimitResetWhenRetryAfterIsUnreadable() {
        assertThat(askedOn429("Retry-After", "soon", "x-ratelimit-reset", "4").duration()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void backsOffWhenNeitherHeaderIsReadable() {
        RetryPolicy.Wait backoff = new RetryPolicy.Wait(Duration.ofSeconds(1), null);
        assertThat(askedOn429()).isEqualTo(backoff);
        assertThat(askedOn429("Retry-After", "", "x-ratelimit-reset", "later")).isEqualTo(backoff);
        assertThat(askedOn429("Retry-After", "-5", "x-ratelimit-reset", "-5")).isEqualTo(backoff);
    }

    @Test
    void aRateLimitResetOnAnAnswerWithRequestsRemainingIsNoReasonToWait() {
        for (int status : new int[] {408, 500, 502, 503, 504}) {
            assertThat(policy.afterAnswer(status, headers("x-ratelimit-limit", "5000", "x-ratelimit-remaining", "4321",
                    "x-ratelimit-reset", "120", "x-ratelimit-period", "300", "Retry-After", "120"), 2, NOW))
                    .as("HTTP %d", status).isEqualTo(new RetryPolicy.Wait(Duration.ofSeconds(2), null));
        }
    }

    @Test
    void aRateLimitUsedUpMakesAnyRetryableAnswerWaitForTheReset() {
        assertThat(policy.afterAnswer(503, headers("x-ratelimit-limit", "5000", "x-ratelimit-remaining", "0",
                "x-ratelimit-reset", "20", "x-ratelimit-period", "300"), 1, NOW))
                .isEqualTo(new RetryPolicy.Wait(Duration.ofSeconds(20), "x-ratelimit-reset: 20, x-ratelimit-remaining: 0"));
    }

    @Test
    void aBackoffIsNeverLongerThanTheMaximumWait() {
        RetryPolicy shortWaits = new RetryPolicy(
                new PortProperties.Retry(8, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(5)), () -> 0.0);

        assertThat(IntStream.rangeClosed(1, 5).mapToObj(shortWaits::backoff).map(Duration::getSeconds))
                .containsExactly(1L, 2L, 4L, 5L, 5L);
    }

    @Test
    void doublesTheBackoffUpToTheCap() {
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(policy::backoff).map(Duration::getSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void jitterShortensTheBackoffByAtMostAFifth() {
        RetryPolicy jittered = new RetryPolicy(SETTINGS, () -> 0.999);

        assertThat(jittered.backoff(1)).isBetween(Duration.ofMillis(800), Duration.ofMillis(999));
        assertThat(jittered.backoff(9)).isBetween(Duration.ofSeconds(24), Duration.ofMillis(29_999));
    }

    @Test
    void retriesOnlyTransientStatuses() {
        assertThat(IntStream.of(408, 429, 500, 502, 503, 504)).allMatch(new RetryPolicy(SETTINGS)::isRetryable);
        assertThat(IntStream.of(400, 401, 403, 404, 413, 422, 501)).noneMatch(new RetryPolicy(SETTINGS)::isRetryable);
    }

    private RetryPolicy.Wait askedOn429(String... namesAndValues) {
        return policy.afterAnswer(429, headers(namesAndValues), 1, NOW);
    }

    private static HttpHeaders headers(String... namesAndValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return HttpHeaders.of(headers, (name, value) -> true);
    }
}
