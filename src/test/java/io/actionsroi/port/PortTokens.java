package io.actionsroi.port;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Access tokens that expire, as Port's do: {@link #issuer()} answers each token request (stubbed with
 * {@link #issuing}) with a new token, {@code tok-1}, {@code tok-2}, ..., valid for the lifetime the
 * stub gives from then on; {@link #validToken()} matches a request ({@code andMatching(VALID)}) whose
 * bearer token is still valid at its arrival. Time is the given clock's, so that a test's waits can
 * pass without being spent.
 */
final class PortTokens {

    static final String ISSUER = "port-token-issuer";
    static final String VALID = "valid-port-token";

    private static final String LIFETIME = "lifetimeSeconds";

    private final Clock clock;
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();

    PortTokens(Clock clock) {
        this.clock = clock;
    }

    /** The answer to a token request: a new token that lives this long. */
    static ResponseDefinitionBuilder issuing(Duration lifetime) {
        return ResponseDefinitionBuilder.responseDefinition().withTransformers(ISSUER)
                .withTransformerParameter(LIFETIME, Math.toIntExact(lifetime.toSeconds()));
    }

    int issued() {
        return issued.get();
    }

    ResponseDefinitionTransformerV2 issuer() {
        return new ResponseDefinitionTransformerV2() {
            @Override
            public ResponseDefinition transform(ServeEvent serveEvent) {
                int lifetime = serveEvent.getResponseDefinition().getTransformerParameters().getInt(LIFETIME);
                String token = "tok-" + issued.incrementAndGet();
                expiries.put(token, clock.instant().plusSeconds(lifetime));
                return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition()).but()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\": true, \"accessToken\": \"" + token + "\", \"expiresIn\": "
                                + lifetime + ", \"tokenType\": \"Bearer\"}")
                        .build();
            }

            @Override
            public boolean applyGlobally() {
                return false;
            }

            @Override
            public String getName() {
                return ISSUER;
            }
        };
    }

    RequestMatcherExtension validToken() {
        return new RequestMatcherExtension() {
            @Override
            public MatchResult match(Request request, Parameters parameters) {
                String authorization = request.getHeader("Authorization");
                Instant expiry = authorization == null ? null : expiries.get(authorization.replaceFirst("^Bearer ", ""));
                return MatchResult.of(expiry != null && clock.instant().isBefore(expiry));
            }

            @Override
            public String getName() {
                return VALID;
            }
        };
    }
}
