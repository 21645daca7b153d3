package io.actionsroi.port;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/** Which failures are retried, and how long to wait before each retry. */
final class RetryPolicy {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
    /** An {@code x-ratelimit-reset} above this is an epoch time in seconds, below it a delay. */
    private static final long EPOCH_THRESHOLD_SECONDS = 10_000;
    private static final double JITTER = 0.2;
    /** Larger values are clamped (about 31,700 years), so that absurd headers cannot overflow. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(1_000_000_000_000L);

    private final PortProperties.Retry settings;
    private final DoubleSupplier random;

    RetryPolicy(PortProperties.Retry settings) {
        this(settings, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param random numbers in [0, 1) for the jitter */
    RetryPolicy(PortProperties.Retry settings, DoubleSupplier random) {
        this.settings = settings;
        this.random = random;
    }

    int maxAttempts() {
        return settings.maxAttempts();
    }

    /** The longest wait asked by Port that is honoured. */
    Duration maxWait() {
        return settings.maxWait();
    }

    boolean isRetryable(int status) {
        return RETRYABLE_STATUSES.contains(status);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first) when Port does not say how long
     * to wait: the initial backoff doubled at each retry, capped at the maximum backoff, less up to
     * 20 % of jitter so that parallel clients do not retry in step.
     */
    Duration backoff(int retry) {
        Duration cap = settings.maxBackoff();
        Duration wait = settings.initialBackoff();
        for (int i = 1; i < retry && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        long millis = (wait.compareTo(cap) > 0 ? cap : wait).toMillis();
        return Duration.ofMillis(millis - Math.round(millis * JITTER * random.getAsDouble()));
    }

    /**
     * The wait Port asks for before a retry: {@code Retry-After} (seconds, or an HTTP date) when
     * present and readable, else {@code x-ratelimit-reset}, read as an epoch time in seconds when above
     * 10,000 and as seconds to wait otherwise (Port documents both). Empty when neither is readable.
     * A time already past gives a zero wait.
     *
     * @param retryAfter the {@code Retry-After} header, or {@code null}
     * @param rateLimitReset the {@code x-ratelimit-reset} header, or {@code null}
     */
    static Optional<Duration> serverWait(String retryAfter, String rateLimitReset, Instant now) {
        Optional<Duration> fromRetryAfter = parseRetryAfter(retryAfter, now);
        return fromRetryAfter.isPresent() ? fromRetryAfter : parseRateLimitReset(rateLimitReset, now);
    }

    private static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<BigDecimal> seconds = parseSeconds(value);
        if (seconds.isPresent()) {
            return seconds.map(RetryPolicy::toDuration);
        }
        try {
            Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(until(now, at));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> parseRateLimitReset(String value, Instant now) {
        return parseSeconds(value).map(seconds -> seconds.compareTo(BigDecimal.valueOf(EPOCH_THRESHOLD_SECONDS)) > 0
                ? until(now, Instant.ofEpochMilli(seconds.movePointRight(3).longValue()))
                : toDuration(seconds));
    }

    private static Optional<BigDecimal> parseSeconds(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            BigDecimal seconds = new BigDecimal(value.trim());
            return seconds.signum() < 0 ? Optional.empty() : Optional.of(seconds.min(MAX_SECONDS));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration toDuration(BigDecimal seconds) {
        return Duration.ofMillis(seconds.movePointRight(3).longValue());
    }

    private static Duration until(Instant now, Instant at) {
        Duration wait = Duration.between(now, at);
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
