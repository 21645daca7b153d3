package io.actionsroi.port;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Sends requests to Port and reads the answers: gzip, timeouts, trace ids, and retries of transient
 * failures. Knows nothing of tokens or entities.
 */
final class PortHttp {

    /** Reads a successful answer's (decompressed) body; a cut-off or unreadable body is retried. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    /** Builds the request of each attempt afresh, so that every attempt carries what is current then. */
    @FunctionalInterface
    interface Attempts {

        /**
         * The request of the next attempt.
         *
         * @param waitEnded when the last wait before this attempt ended, or the call began if there was
         *     none; an attempt sent again at once after a refusal has the refused one's
         */
        HttpRequest request(Instant waitEnded);

        /**
         * Whether building the request again may turn this refusal of the last attempt into an answer
         * (an expired token, for one); it is then sent again at once, without counting as an attempt.
         * It must say so only once per change it made, or the call would not end.
         */
        default boolean retryRefused(PortRejection refusal) {
            return false;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PortHttp.class);

    private final HttpClient client;
    private final ExecutorService sender = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "port-http");
        thread.setDaemon(true);
        return thread;
    });
    private final String baseUrl;
    private final Duration readTimeout;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Clock clock;

    PortHttp(PortProperties settings, Sleeper sleeper, Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // One request at a time: HTTP/2 would gain nothing and adds an h2c upgrade on plain http.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.baseUrl = display(settings.baseUrl()).replaceAll("/+$", "");
        this.readTimeout = settings.readTimeout();
        this.retry = new RetryPolicy(settings.retry());
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** The base URL, without user info, query or trailing slash. */
    String baseUrl() {
        return baseUrl;
    }

    /** A JSON POST to a path under the base URL; {@code token} may be {@code null}. */
    HttpRequest post(String path, byte[] json, String token) {
        return request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
    }

    /** A GET of a path under the base URL. */
    HttpRequest get(String path, String token) {
        return request(path, token).GET().build();
    }

    /**
     * Sends the request, retrying transient failures, and reads the successful answer.
     *
     * @throws PortRejection when Port answers with a status that retrying cannot fix
     * @throws PortException when the retries are used up, or Port asks to wait longer than allowed
     */
    <T> T send(Attempts attempts, BodyReader<T> reader) throws PortRejection {
        return exchange(attempts, reader, retry.maxAttempts());
    }

    /** As {@link #send}, with a single attempt. */
    <T> T sendOnce(Attempts attempts, BodyReader<T> reader) throws PortRejection {
        return exchange(attempts, reader, 1);
    }

    /** A duration as people read it: {@code 350 ms}, {@code 1.5 s}, {@code 2 min 5 s}. */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private <T> T exchange(Attempts attempts, BodyReader<T> reader, int maxAttempts) throws PortRejection {
        long started = System.nanoTime();
        Instant waitEnded = clock.instant();
        for (int attempt = 1; ; ) {
            HttpRequest request = attempts.request(waitEnded);
            String target = request.method() + " " + display(request.uri());
            Failure failure;
            RetryPolicy.Wait wait;
            try {
                HttpResponse<byte[]> response = send(request);
                int status = response.statusCode();
                String traceId = header(response, "x-trace-id");
                log.debug("{} answered HTTP {} (X-Trace-Id {})", target, status, traceId);
                if (status / 100 == 2) {
                    try (InputStream body = decompressed(response)) {
                        return reader.read(body);
                    } catch (IOException | JacksonException e) {
                        String reason = e instanceof JacksonException json ? json.getOriginalMessage() : e.toString();
                        failure = new Failure("HTTP " + status + " with a cut-off or unreadable answer (" + reason + ")",
                                traceId, e);
                        wait = retry.afterFailure(attempt);
                    }
                } else if (retry.isRetryable(status)) {
                    failure = new Failure("HTTP " + status, traceId, null);
                    wait = retry.afterAnswer(status, response.headers(), attempt, clock.instant());
                } else {
                    PortRejection refusal = rejection(target, status, traceId, response);
                    if (attempts.retryRefused(refusal)) {
                        continue;
                    }
                    throw refusal;
                }
            } catch (IOException e) {
                failure = new Failure(e.toString(), null, e);
                wait = retry.afterFailure(attempt);
            }
            if (attempt >= maxAttempts) {
                throw exhausted(target, attempt, Duration.ofNanos(System.nanoTime() - started), failure);
            }
            if (wait.askedByPort() && wait.duration().compareTo(retry.maxWait()) > 0) {
                throw new PortException("Port asks to wait " + format(wait.duration()) + " (" + wait.askedBy()
                        + ") before retrying " + target + " (" + failure.describe() + "), longer than"
                        + " port.retry.max-wait (" + format(retry.maxWait()) + "). The organisation's rate limit is"
                        + " used up: run the job again later, or raise port.retry.max-wait.");
            }
            log.warn("{} failed with {}; attempt {} of {}, retrying in {}{}", target, failure.describe(), attempt,
                    maxAttempts, format(wait.duration()), wait.askedByPort() ? " as Port asks (" + wait.askedBy() + ")" : "");
            pause(wait.duration(), target);
            waitEnded = clock.instant();
            attempt++;
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        // The body is read whole within the read timeout: HttpRequest.timeout() stops at the headers.
        // Not sendAsync: it hands every answer to a new thread on 2 cores (the common pool has one thread
        // there), which made fetching a page take two thirds longer. Sent on a pooled thread instead;
        // cancelling interrupts the send, which then abandons the exchange.
        Future<HttpResponse<byte[]>> answer =
                sender.submit(() -> client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        try {
            return answer.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + format(readTimeout) + " (port.read-timeout)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new PortException("Calling Port failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new PortException("Interrupted while waiting for Port's answer to " + display(request.uri()), e);
        }
    }

    private void pause(Duration wait, String target) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortException("Interrupted while waiting to retry " + target, e);
        }
    }

    private static PortRejection rejection(String target, int status, String traceId, HttpResponse<byte[]> response) {
        try (InputStream body = decompressed(response)) {
            return PortRejection.of(target, status, traceId, body);
        } catch (IOException e) {
            return PortRejection.of(target, status, traceId, InputStream.nullInputStream());
        }
    }

    private static PortException exhausted(String target, int attempts, Duration elapsed, Failure last) {
        return new PortException("Port did not answer " + target + " after " + attempts
                + (attempts == 1 ? " attempt" : " attempts") + " over " + format(elapsed)
                + "; the last one failed with " + last.describe() + ". Port may be down, slow or"
                + " rate-limiting this organisation: run the job again later, or raise port.retry.max-attempts"
                + " / port.retry.max-backoff (and port.read-timeout for timeouts).", last.cause());
    }

    private static InputStream decompressed(HttpResponse<byte[]> response) throws IOException {
        InputStream body = new ByteArrayInputStream(response.body());
        String encoding = header(response, "content-encoding");
        return encoding != null && encoding.trim().equalsIgnoreCase("gzip") ? new GZIPInputStream(body) : body;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The URL without user info, query or fragment, so that no secret reaches a message or log. */
    private static String display(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** What went wrong with one attempt. */
    private record Failure(String what, String traceId, Throwable cause) {

        String describe() {
            return traceId == null ? what : what + " (X-Trace-Id " + traceId + ")";
        }
    }
}
