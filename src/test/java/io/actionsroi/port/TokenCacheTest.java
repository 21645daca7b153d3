package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void keepsTheTokenUntilAMarginBeforeItExpires() {
        Deque<AccessToken> answers = answers(new AccessToken("t1", Duration.ofHours(3)), new AccessToken("t2", Duration.ofHours(3)));
        TokenCache cache = new TokenCache(answers::pop, clock);

        assertThat(cache.token().value()).isEqualTo("t1");
        clock.advance(Duration.ofHours(3).minus(TokenCache.MARGIN).minusSeconds(1));
        assertThat(cache.token().value()).isEqualTo("t1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.token().value()).isEqualTo("t2");
    }

    @Test
    void aTokenAboutToExpireServesOnlyTheCurrentCall() {
        Deque<AccessToken> answers = answers(new AccessToken("t1", Duration.ofSeconds(30)), new AccessToken("t2", Duration.ofHours(3)));
        TokenCache cache = new TokenCache(answers::pop, clock);

        assertThat(cache.token().value()).isEqualTo("t1");
        assertThat(cache.token().value()).isEqualTo("t2");
    }

    @Test
    void invalidatingAnOldTokenKeepsItsReplacement() {
        Deque<AccessToken> answers = answers(new AccessToken("t1", Duration.ofHours(3)), new AccessToken("t2", Duration.ofHours(3)));
        TokenCache cache = new TokenCache(answers::pop, clock);

        TokenCache.Token first = cache.token();
        cache.invalidate(first);
        assertThat(cache.token().value()).isEqualTo("t2");
        cache.invalidate(first);
        assertThat(cache.token().value()).isEqualTo("t2");
        assertThat(answers).isEmpty();
    }

    @Test
    void saysWhenItReceivedEachToken() {
        Deque<AccessToken> answers = answers(new AccessToken("t1", Duration.ofSeconds(1)), new AccessToken("t2", Duration.ofSeconds(1)));
        TokenCache cache = new TokenCache(answers::pop, clock);

        Instant first = clock.instant();
        assertThat(cache.token()).isEqualTo(new TokenCache.Token("t1", first));
        clock.advance(Duration.ofMillis(400));
        assertThat(cache.token()).isEqualTo(new TokenCache.Token("t2", first.plusMillis(400)));
    }

    @Test
    void neverPrintsTheToken() {
        assertThat(new AccessToken("secret-token", Duration.ofHours(3)).toString()).doesNotContain("secret-token");
        assertThat(new TokenCache.Token("secret-token", clock.instant()).toString()).doesNotContain("secret-token");
    }

    private static Deque<AccessToken> answers(AccessToken... tokens) {
        return new ArrayDeque<>(List.of(tokens));
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-20T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
