package io.actionsroi.port;

import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Which failures are retried, and how long to wait before each retry. Port sends its rate-limit
 * headers ({@code x-ratelimit-limit}, {@code -remaining}, {@code -reset}, {@code -period}) on every
 * answer: {@code x-ratelimit-reset} says when the window renews, which matters only once the limit is
 * used up. Every other failure backs off exponentially from a small base.
 */
final class RetryPolicy {

    /**
     * The wait before the next attempt.
     *
     * @param askedBy the header by which Port asked for it, such as {@code Retry-After: 7}; {@code null}
     *     for a backoff of our own
     */
    record Wait(Duration duration, String askedBy) {

        boolean askedByPort() {
            return askedBy != null;
        }
    }

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
     * The wait before retry number {@code retry} (1 for the first) after a retryable answer. Port's
     * {@code Retry-After}, else its {@code x-ratelimit-reset}, counts only when the rate limit is used
     * up: on a 429, or when {@code x-ratelimit-remaining} is 0. It may be longer than
     * {@link #maxWait()}, which the caller refuses. Otherwise the {@linkplain #backoff backoff}, as
     * after a failure without an answer.
     */
    Wait afterAnswer(int status, HttpHeaders headers, int retry, Instant now) {
        String remaining = headers.firstValue("x-ratelimit-remaining").orElse(null);
        if (status == 429 || isZero(remaining)) {
            String retryAfter = headers.firstValue("retry-after").orElse(null);
            String reset = headers.firstValue("x-ratelimit-reset").orElse(null);
            Optional<Duration> fromRetryAfter = parseRetryAfter(retryAfter, now);
            if (fromRetryAfter.isPresent()) {
                return new Wait(fromRetryAfter.get(), "Retry-After: " + retryAfter.trim());
            }
            Optional<Duration> fromReset = parseRateLimitReset(reset, now);
            if (fromReset.isPresent()) {
                return new Wait(fromReset.get(), "x-ratelimit-reset: " + reset.trim()
                        + (remaining == null ? "" : ", x-ratelimit-remaining: " + remaining.trim()));
            }
        }
        return afterFailure(retry);
    }

    /** The wait before retry number {@code retry} (1 for the first) after a failure without an answer. */
    Wait afterFailure(int retry) {
        return new Wait(backoff(retry), null);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first) when Port does not say how long
     * to wait: the initial backoff doubled at each retry, capped at the maximum backoff and at the
     * maximum wait, less up to 20 % of jitter so that parallel clients do not retry in step.
     */
    Duration backoff(int retry) {
        Duration cap = shorter(settings.maxBackoff(), settings.maxWait());
        Duration wait = settings.initialBackoff();
        for (int i = 1; i < retry && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        long millis = shorter(wait, cap).toMillis();
        return Duration.ofMillis(millis - Math.round(millis * JITTER * random.getAsDouble()));
    }

    private static Duration shorter(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    private static boolean isZero(String remaining) {
        return parseNonNegative(remaining).filter(value -> value.signum() == 0).isPresent();
    }

    /** {@code Retry-After} in seconds, or as an HTTP date; a time already past gives a zero wait. */
    private static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<BigDecimal> seconds = parseNonNegative(value);
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

    /**
     * {@code x-ratelimit-reset}, an epoch time in seconds when above 10,000 and seconds to wait
     * otherwise (Port documents both); a time already past gives a zero wait.
     */
    private static Optional<Duration> parseRateLimitReset(String value, Instant now) {
        return parseNonNegative(value).map(seconds -> seconds.compareTo(BigDecimal.valueOf(EPOCH_THRESHOLD_SECONDS)) > 0
                ? until(now, Instant.ofEpochMilli(seconds.movePointRight(3).longValue()))
                : toDuration(seconds));
    }

    private static Optional<BigDecimal> parseNonNegative(String value) {
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
