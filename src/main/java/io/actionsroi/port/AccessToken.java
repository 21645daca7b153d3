package io.actionsroi.port;

import java.io.InputStream;
import java.time.Duration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;

/**
 * Port's answer to {@code POST /v1/auth/access_token}.
 *
 * @param value the bearer token; never printed
 * @param expiresIn how long the token stays valid from the answer on
 */
record AccessToken(String value, Duration expiresIn) {

    /** Parses {@code {"accessToken": "...", "expiresIn": <seconds>, ...}}; a missing expiry counts as none left. */
    static AccessToken read(InputStream body) {
        try (JsonParser parser = EntityJson.FACTORY.createParser(ObjectReadContext.empty(), body)) {
            parser.nextToken();
            EntityJson.expect(parser, JsonToken.START_OBJECT, "a token answer (a JSON object)");
            String token = null;
            long expiresInSeconds = 0;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("accessToken") && value == JsonToken.VALUE_STRING) {
                    token = parser.getString();
                } else if (name.equals("expiresIn") && value.isNumeric()) {
                    expiresInSeconds = parser.getValueAsLong();
                } else {
                    parser.skipChildren();
                }
            }
            if (token == null || token.isEmpty()) {
                throw new StreamReadException(parser, "The token answer has no 'accessToken'");
            }
            return new AccessToken(token, Duration.ofSeconds(expiresInSeconds));
        }
    }

    @Override
    public String toString() {
        return "AccessToken[value=(hidden), expiresIn=" + expiresIn + "]";
    }
}
