package io.actionsroi.port;

import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import tools.jackson.core.exc.StreamReadException;

/**
 * Port's answer to {@code POST /v1/auth/access_token}.
 *
 * @param value the bearer token; never printed
 * @param expiresIn how long the token stays valid from the answer on
 */
record AccessToken(String value, Duration expiresIn) {

    /**
     * Parses {@code {"accessToken": "...", "expiresIn": <seconds>, ...}}; a missing expiry counts as none
     * left. An answer without a token is unreadable, like a cut-off one.
     */
    static AccessToken read(InputStream body) {
        Map<String, Object> answer = EntityJson.readObject(body, "a token answer");
        if (!(answer.get("accessToken") instanceof String token) || token.isEmpty()) {
            throw new StreamReadException(null, "The token answer has no 'accessToken'");
        }
        long expiresInSeconds = answer.get("expiresIn") instanceof Number seconds ? seconds.longValue() : 0;
        return new AccessToken(token, Duration.ofSeconds(expiresInSeconds));
    }

    @Override
    public String toString() {
        return "AccessToken[value=(hidden), expiresIn=" + expiresIn + "]";
    }
}
