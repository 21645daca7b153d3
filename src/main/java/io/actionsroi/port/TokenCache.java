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

    private final Supplier<AccessToken> fetch;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    TokenCache(Supplier<AccessToken> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    /** A token to send now, fetched when none is cached or the cached one is about to expire. */
    synchronized String token() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            AccessToken fetched = fetch.get();
            token = fetched.value();
            renewAt = clock.instant().plus(fetched.expiresIn()).minus(MARGIN);
        }
        return token;
    }

    /** Drops the token Port refused, unless another call has already replaced it. */
    synchronized void invalidate(String refused) {
        if (refused.equals(token)) {
            token = null;
        }
    }
}
