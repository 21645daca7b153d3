package io.actionsroi.delivery.chat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * Why one post to a chat service failed, worded without any secret, and whether trying again may help.
 *
 * @see Attempts
 */
final class ChatFailure extends Exception {

    private final boolean retryable;
    private final Duration retryAfter;

    private ChatFailure(String reason, boolean retryable, Duration retryAfter) {
        super(reason);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** Refused for good (a 4xx other than 429, an error Slack names): trying again would fail the same way. */
    static ChatFailure refused(String reason) {
        return new ChatFailure(reason, false, null);
    }

    /** A server error or a lost connection: retried after a backoff. */
    static ChatFailure transientFailure(String reason) {
        return new ChatFailure(reason, true, null);
    }

    /** No answer from the service at {@code url} (a lost connection, a timeout): retried; the URL masked. */
    static ChatFailure noAnswer(URI url, IOException e) {
        return transientFailure("no answer from " + url.getHost() + " (" + ChatUrls.scrub(e.getMessage(), url) + ")");
    }

    /** A 429: retried after the service's {@code Retry-After}, when it gave one. */
    private static ChatFailure rateLimited(String reason, String retryAfterHeader) {
        return new ChatFailure(reason, true, seconds(retryAfterHeader));
    }

    /** The failure of an HTTP answer with {@code status}, {@code detail} being what its body said. */
    static ChatFailure ofStatus(int status, String detail, String retryAfterHeader) {
        String reason = "HTTP " + status + (detail == null || detail.isBlank() ? "" : " " + shortened(detail));
        if (status == 429) {
            return rateLimited(reason, retryAfterHeader);
        }
        return status >= 500 ? transientFailure(reason) : refused(reason);
    }

    boolean retryable() {
        return retryable;
    }

    /** The wait the service asked for; null when it asked for none. */
    Duration retryAfter() {
        return retryAfter;
    }

    private static Duration seconds(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    /** A body's first line, cut short: a service's error page must not flood the log line. */
    private static String shortened(String detail) {
        String line = detail.strip().lines().findFirst().orElse("");
        return "(" + (line.length() > 200 ? line.substring(0, 200) + "…" : line) + ")";
    }
}
