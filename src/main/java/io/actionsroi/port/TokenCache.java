package io.actionsroi.port;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Keeps the access token until shortly before it expires. Port hands back the same active token to
 * repeated requests, so a fresh answer may have little time left: such a token serves the current
 * call only.
 */
final class TokenCache {

    static final Duration MARGIN = Duration.ofMinutes(1);

    /**
     * A token and when this cache received it.
     *
     * @param value the bearer token; never printed
     */
    record Token(String value, Instant issuedAt) {

        @Override
        public String toString() {
            return "Token[value=(hidden), issuedAt=" + issuedAt + "]";
        }
    }

    private final Supplier<AccessToken> fetch;
    private final Clock clock;
    private Token token;
    private Instant renewAt = Instant.MIN;

    TokenCache(Supplier<AccessToken> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    /** A token to send now, fetched when none is cached or the cached one is about to expire. */
    synchronized Token token() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            AccessToken fetched = fetch.get();
            Instant issuedAt = clock.instant();
            token = new Token(fetched.value(), issuedAt);
            renewAt = issuedAt.plus(fetched.expiresIn()).minus(MARGIN);
        }
        return token;
    }

    /** Drops the token Port refused, unless another call has already replaced it. */
    synchronized void invalidate(Token refused) {
        if (refused.equals(token)) {
            token = null;
        }
    }
}
