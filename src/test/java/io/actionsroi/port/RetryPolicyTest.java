package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-10-21T07:28:00Z");
    private static final PortProperties.Retry SETTINGS =
            new PortProperties.Retry(8, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5));

    @Test
    void readsRetryAfterInSeconds() {
        assertThat(RetryPolicy.serverWait("7", null, NOW)).hasValue(Duration.ofSeconds(7));
        assertThat(RetryPolicy.serverWait(" 0 ", null, NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void readsRetryAfterAsAnHttpDate() {
        assertThat(RetryPolicy.serverWait("Wed, 21 Oct 2026 07:28:10 GMT", null, NOW)).hasValue(Duration.ofSeconds(10));
        assertThat(RetryPolicy.serverWait("Wed, 21 Oct 2026 07:27:00 GMT", null, NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void retryAfterWinsOverRateLimitReset() {
        assertThat(RetryPolicy.serverWait("3", "12", NOW)).hasValue(Duration.ofSeconds(3));
    }

    @Test
    void readsSmallRateLimitResetAsSecondsToWait() {
        assertThat(RetryPolicy.serverWait(null, "12", NOW)).hasValue(Duration.ofSeconds(12));
        assertThat(RetryPolicy.serverWait(null, "1.5", NOW)).hasValue(Duration.ofMillis(1500));
        assertThat(RetryPolicy.serverWait(null, "10000", NOW)).hasValue(Duration.ofSeconds(10_000));
    }

    @Test
    void readsLargeRateLimitResetAsEpochSeconds() {
        long inThirtySeconds = NOW.getEpochSecond() + 30;
        assertThat(RetryPolicy.serverWait(null, Long.toString(inThirtySeconds), NOW)).hasValue(Duration.ofSeconds(30));
        assertThat(RetryPolicy.serverWait(null, "10001", NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void fallsBackToRateLimitResetWhenRetryAfterIsUnreadable() {
        assertThat(RetryPolicy.serverWait("soon", "4", NOW)).hasValue(Duration.ofSeconds(4));
    }

    @Test
    void isEmptyWhenNeitherHeaderIsReadable() {
        assertThat(RetryPolicy.serverWait(null, null, NOW)).isEmpty();
        assertThat(RetryPolicy.serverWait("", "later", NOW)).isEmpty();
        assertThat(RetryPolicy.serverWait("-5", "-5", NOW)).isEmpty();
    }

    @Test
    void doublesTheBackoffUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(SETTINGS, () -> 0.0);

        assertThat(IntStream.rangeClosed(1, 8).mapToObj(policy::backoff).map(Duration::getSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void jitterShortensTheBackoffByAtMostAFifth() {
        RetryPolicy policy = new RetryPolicy(SETTINGS, () -> 0.999);

        assertThat(policy.backoff(1)).isBetween(Duration.ofMillis(800), Duration.ofMillis(999));
        assertThat(policy.backoff(9)).isBetween(Duration.ofSeconds(24), Duration.ofMillis(29_999));
    }

    @Test
    void retriesOnlyTransientStatuses() {
        assertThat(IntStream.of(408, 429, 500, 502, 503, 504)).allMatch(new RetryPolicy(SETTINGS)::isRetryable);
        assertThat(IntStream.of(400, 401, 403, 404, 413, 422, 501)).noneMatch(new RetryPolicy(SETTINGS)::isRetryable);
    }
}
