package io.actionsroi.port;

import static com.github.tomakehurst.wiremock.http.HttpHeader.httpHeader;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WireMock extension that puts Port's rate-limit headers on every answer, as Port does, whatever its
 * status: {@code x-ratelimit-limit}, {@code -remaining} (counting down with each request),
 * {@code -reset} (the seconds until the window renews) and {@code -period}. An answer that sets any of
 * them keeps its own. A 429 that sets none says that the limit is used up (remaining 0) and that the
 * window renews in a second, so that a test's rate limit costs it a second, not minutes.
 */
public final class PortRateLimitHeaders implements ResponseTransformerV2 {

    public static final int LIMIT = 5000;
    public static final Duration PERIOD = Duration.ofMinutes(5);

    private final Instant windowStart = Instant.now();
    private final AtomicInteger served = new AtomicInteger();

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        if (response.getHeaders().keys().stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("x-ratelimit-"))) {
            return response;
        }
        boolean limited = response.getStatus() == 429;
        long period = PERIOD.toSeconds();
        long reset = limited ? 1 : period - Duration.between(windowStart, Instant.now()).toSeconds() % period;
        int remaining = limited ? 0 : Math.max(1, LIMIT - served.incrementAndGet());
        return Response.Builder.like(response).but().headers(response.getHeaders().plus(
                httpHeader("x-ratelimit-limit", Integer.toString(LIMIT)),
                httpHeader("x-ratelimit-remaining", Integer.toString(remaining)),
                httpHeader("x-ratelimit-reset", Long.toString(reset)),
                httpHeader("x-ratelimit-period", Long.toString(period)))).build();
    }

    @Override
    public String getName() {
        return "port-rate-limit-headers";
    }
}
