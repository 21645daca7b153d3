package io.actionsroi.port;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;

/**
 * One page of Port's entity search: {@code {"ok": true, "entities": [...], "next": "..."}}.
 *
 * @param entities the page's entities, in Port's order
 * @param next the cursor to send as {@code from} for the following page; {@code null} on the last page
 */
record SearchPage(List<PortEntity> entities, String next) {

    /**
     * Parses a whole page. An answer that is cut off, is not JSON or has no {@code entities} array
     * throws a {@link tools.jackson.core.JacksonException}, so that the page is fetched again rather
     * than half read.
     */
    static SearchPage read(InputStream body, IncludedFields included) {
        try (JsonParser parser = EntityJson.FACTORY.createParser(ObjectReadContext.empty(), body)) {
            parser.nextToken();
            EntityJson.expect(parser, JsonToken.START_OBJECT, "a search answer (a JSON object)");
            List<PortEntity> entities = null;
            String next = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("entities")) {
                    entities = readEntities(parser, included);
                } else if (name.equals("next")) {
                    next = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString() : null;
                } else {
                    parser.skipChildren();
                }
            }
            if (entities == null) {
                throw new StreamReadException(parser, "The search answer has no 'entities' array");
            }
            return new SearchPage(List.copyOf(entities), next);
        }
    }

    private static List<PortEntity> readEntities(JsonParser parser, IncludedFields included) {
        EntityJson.expect(parser, JsonToken.START_ARRAY, "an 'entities' array");
        List<PortEntity> entities = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            entities.add(EntityJson.readEntity(parser, included));
        }
        return entities;
    }
}
