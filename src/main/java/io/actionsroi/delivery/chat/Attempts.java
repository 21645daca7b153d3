package io.actionsroi.delivery.chat;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one post, trying again after a server error or a lost connection (with a doubling backoff) and after
 * a 429 (after the service's {@code Retry-After}), up to the attempts set.
 */
final class Attempts {

    private static final Logger log = LoggerFactory.getLogger(Attempts.class);

    /** One post: its message id (null when the service gives none), or why it failed. */
    @FunctionalInterface
    interface Post {
        String send() throws ChatFailure;
    }

    private final ChatProperties settings;

    Attempts(ChatProperties settings) {
        this.settings = settings;
    }

    /** The message id of {@code post}, once it went through; {@code what} names it in the log, without secrets. */
    String run(String what, Post post) throws ChatFailure {
        int attempts = settings.retry().attempts();
        for (int attempt = 1;; attempt++) {
            try {
                return post.send();
            }
            catch (ChatFailure failure) {
                if (!failure.retryable() || attempt >= attempts) {
                    throw attempt == 1 ? failure : ChatFailure.refused(failure.getMessage() + ", after " + attempt
                            + " attempts");
                }
                Duration wait = failure.retryAfter() != null ? failure.retryAfter()
                        : settings.retry().backoffAfter(attempt);
                if (failure.retryAfter() != null && wait.compareTo(settings.maxRetryAfter()) > 0) {
                    throw ChatFailure.refused(failure.getMessage() + ": asked to wait " + wait.toSeconds()
                            + " s, longer than report.chat.max-retry-after=" + settings.maxRetryAfter().toSeconds()
                            + " s");
                }
                log.warn("{} failed: {}; attempt {} of {}, retrying in {} ms", what, failure.getMessage(), attempt,
                        attempts, wait.toMillis());
                sleep(wait);
            }
        }
    }

    private static void sleep(Duration wait) throws ChatFailure {
        try {
            Thread.sleep(wait.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ChatFailure.refused("interrupted while waiting to retry");
        }
    }
}
