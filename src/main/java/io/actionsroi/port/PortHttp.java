package io.actionsroi.port;

import io.actionsroi.tls.TrustStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Sends requests to Port and reads the answers: gzip, timeouts, trace ids, retries of transient
 * failures, and the proxy and trust store on the way. Knows nothing of tokens or entities.
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
    private static final String TRUST_STORE = "port.trust-store";
    private static final Pattern TUNNEL_REFUSED = Pattern.compile("Tunnel failed, got: (\\d{3})");
    private static final Set<Integer> PROXY_REFUSALS = Set.of(401, 403, 407);

    private final HttpClient client;
    private final Optional<PortProxy> proxy;
    /** The {@code Proxy-Authorization} header sent with every request (the JDK keeps it from Port), or null. */
    private final String proxyAuthorization;
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
    /** Shared by every request of this client: the readers of concurrent ranges all wait for Port. */
    private final RateLimitGate rateLimit;

    /**
     * @throws IllegalArgumentException when the proxy settings are invalid or the trust store cannot be used
     */
    PortHttp(PortProperties settings, Sleeper sleeper, Clock clock) {
        this.proxy = PortProxy.of(settings, System::getenv);
        HttpClient.Builder client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // HTTP/1.1: readers of concurrent ranges each take a connection of their own; HTTP/2 would
                // gain little on a few long answers and adds an h2c upgrade on plain http.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER);
        proxy.ifPresent(through -> {
            log.info("Reaching Port through the proxy {}", through);
            client.proxy(through.selector());
        });
        if (settings.trustStore() != null) {
            client.sslContext(TrustStore.sslContext(TRUST_STORE, settings.trustStore(), settings.trustStorePassword()));
            log.info("Trusting the JDK's CAs and those of {} {}", TRUST_STORE, settings.trustStore().toAbsolutePath());
        }
        this.client = client.build();
        this.proxyAuthorization = proxy.flatMap(PortProxy::authorization).orElse(null);
        this.baseUrl = display(settings.baseUrl()).replaceAll("/+$", "");
        this.readTimeout = settings.readTimeout();
        this.retry = new RetryPolicy(settings.retry());
        this.sleeper = sleeper;
        this.clock = clock;
        this.rateLimit = new RateLimitGate(clock, sleeper);
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
        if (proxyAuthorization != null) {
            builder.header("Proxy-Authorization", proxyAuthorization);
        }
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private <T> T exchange(Attempts attempts, BodyReader<T> reader, int maxAttempts) throws PortRejection {
        long started = System.nanoTime();
        Instant waitEnded = clock.instant();
        for (int attempt = 1; ; ) {
            if (awaitRateLimit()) {
                waitEnded = clock.instant();
            }
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
                } else if (status == 407) {
                    throw proxyRefusal(target, status);
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
                Optional<PortException> lasting = lastingFailure(target, e);
                if (lasting.isPresent()) {
                    throw lasting.get();
                }
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
            log.warn("{} failed with {}; attempt {} of {}, retrying in {}{}", target, failure.describe(), attempt, maxAttempts,
                    format(wait.duration()), wait.askedByPort() ? " as Port asks (" + wait.askedBy() + ")" : "");
            if (wait.askedByPort()) {
                rateLimit.closeUntil(clock.instant().plus(wait.duration()));
            }
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

    /** Waits while Port's rate limit, used up by any request of this client, holds every request; true if it did. */
    private boolean awaitRateLimit() {
        try {
            return rateLimit.pass();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortException("Interrupted while waiting for Port's rate limit to renew", e);
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

    /** A failure that no retry would change: a certificate not trusted, or the proxy refusing the credentials. */
    private Optional<PortException> lastingFailure(String target, IOException failure) {
        if (isUntrustedCertificate(failure)) {
            return Optional.of(new PortException("The certificate presented for " + target + " is not trusted ("
                    + failure.getMessage() + "). Behind a proxy that inspects TLS, set port.trust-store to a PEM"
                    + " bundle of its CA certificates (see docs/settings.md, Proxy and TLS inspection).", failure));
        }
        // How the JDK reports a proxy that refuses the tunnel with another status than 407.
        Matcher tunnel = TUNNEL_REFUSED.matcher(String.valueOf(failure.getMessage()));
        if (tunnel.matches() && PROXY_REFUSALS.contains(Integer.parseInt(tunnel.group(1)))) {
            return Optional.of(proxyRefusal(target, Integer.parseInt(tunnel.group(1))));
        }
        return Optional.empty();
    }

    private PortException proxyRefusal(String target, int status) {
        String answer = "HTTP " + status + " from the proxy";
        return new PortException(proxy.map(through -> "The proxy " + through + " refused to forward " + target + " ("
                        + answer + "). Check port.proxy-username and port.proxy-password (or the user and password in"
                        + " the proxy URL), that the proxy lets this user reach Port, and that "
                        + PortProxy.TUNNELING_DISABLED_SCHEMES + " is not set to Basic with -D.")
                .orElse("A proxy between here and Port refused " + target + " (" + answer + "): set port.proxy to its"
                        + " address, with port.proxy-username and port.proxy-password."));
    }

    private PortException exhausted(String target, int attempts, Duration elapsed, Failure last) {
        String through = proxy.map(used -> " through the proxy " + used).orElse("");
        return new PortException("Port did not answer " + target + through + " after " + attempts
                + (attempts == 1 ? " attempt" : " attempts") + " over " + format(elapsed)
                + "; the last one failed with " + last.describe() + ". Port may be down, slow or"
                + " rate-limiting this organisation: run the job again later, or raise port.retry.max-attempts"
                + " / port.retry.max-backoff (and port.read-timeout for timeouts).", last.cause());
    }

    /** A refused certificate: no retry would change it. */
    private static boolean isUntrustedCertificate(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateException || cause instanceof CertPathBuilderException
                    || cause instanceof CertPathValidatorException) {
                return true;
            }
        }
        return false;
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
