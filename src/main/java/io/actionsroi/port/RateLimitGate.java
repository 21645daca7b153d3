package io.actionsroi.port;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Port's rate limit is the organisation's, not a request's: once Port asks to wait (a 429, or the limit
 * used up), every request of this client waits until then, not only the one Port answered so, which
 * would otherwise leave the other readers to use up more of the limit and be answered 429 in turn.
 */
final class RateLimitGate {

    private final Clock clock;
    private final Sleeper sleeper;
    private Instant opensAt = Instant.MIN;

    RateLimitGate(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Holds every request until this instant, unless they are held longer already. */
    synchronized void closeUntil(Instant at) {
        if (at.isAfter(opensAt)) {
            opensAt = at;
        }
    }

    /**
     * Waits until the gate is open.
     *
     * @return whether it waited
     */
    boolean pass() throws InterruptedException {
        boolean waited = false;
        for (Duration left = left(); !left.isNegative() && !left.isZero(); left = left()) {
            sleeper.sleep(left);
            waited = true;
        }
        return waited;
    }

    private synchronized Duration left() {
        return Duration.between(clock.instant(), opensAt);
    }
}
