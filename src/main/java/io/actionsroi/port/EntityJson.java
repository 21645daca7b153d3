package io.actionsroi.port;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns JSON read by Jackson's streaming parser into {@link PortEntity} values, for every source.
 *
 * <p>JSON integers become {@code Long} ({@code BigInteger} beyond its range), decimals {@code Double},
 * arrays {@code List}, objects {@code Map} in the order sent, {@code null} stays {@code null}; the
 * collections are unmodifiable.
 */
final class EntityJson {

    /** Thread-safe and costly to build: one for the whole package. */
    static final JsonFactory FACTORY = new JsonFactory();

    private EntityJson() {
    }

    /**
     * Reads one entity; the parser is on the entity's {@code START_OBJECT} and is left on its
     * {@code END_OBJECT}. Fields other than the ones {@link PortEntity} holds are skipped, and so are
     * the properties and relations not included.
     */
    static PortEntity readEntity(JsonParser parser, IncludedFields included) {
        expect(parser, JsonToken.START_OBJECT, "an entity (a JSON object)");
        String identifier = null;
        String title = null;
        String createdAt = null;
        Map<String, Object> properties = null;
        Map<String, Object> relations = null;
        List<String> team = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "identifier" -> identifier = readScalarText(parser);
                case "title" -> title = readScalarText(parser);
                case "createdAt" -> createdAt = readScalarText(parser);
                case "properties" -> properties = readObjectOrNull(parser, value, included);
                case "relations" -> relations = readObjectOrNull(parser, value, included);
                case "team" -> team = included.includes(PortEntity.TEAM) ? readTextList(parser, value) : skip(parser);
                default -> parser.skipChildren();
            }
        }
        return new PortEntity(identifier, title, createdAt, team, properties, relations);
    }

    /**
     * Reads a whole answer that is one JSON object (a token, a count, an error) as plain Java.
     *
     * @param what what the answer is, for the message when it is not a JSON object
     */
    static Map<String, Object> readObject(InputStream body, String what) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            parser.nextToken();
            expect(parser, JsonToken.START_OBJECT, what + " (a JSON object)");
            return readObject(parser, IncludedFields.ALL);
        }
    }

    /** Reads the value the parser is on (and its children) as plain Java. */
    static Object readValue(JsonParser parser) {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser, IncludedFields.ALL);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getBigIntegerValue()
                    : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new StreamReadException(parser, "Unexpected JSON token " + token);
        };
    }

    /** Fails, with the parser's location, unless the parser is on the given token. */
    static void expect(JsonParser parser, JsonToken expected, String what) {
        if (parser.currentToken() != expected) {
            throw new StreamReadException(parser, "Expected " + what + ", found " + parser.currentToken());
        }
    }

    private static Map<String, Object> readObject(JsonParser parser, IncludedFields included) {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (included.includes(name)) {
                map.put(name, readValue(parser));
            } else {
                parser.skipChildren();
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static List<Object> readArray(JsonParser parser) {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(readValue(parser));
        }
        return Collections.unmodifiableList(list);
    }

    private static Map<String, Object> readObjectOrNull(JsonParser parser, JsonToken value, IncludedFields included) {
        if (value == JsonToken.START_OBJECT) {
            return readObject(parser, included);
        }
        parser.skipChildren();
        return null;
    }

    /** A list of strings, or one string as a list of one; anything else (other elements too) is left out. */
    private static List<String> readTextList(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_STRING) {
            return List.of(parser.getString());
        }
        if (value != JsonToken.START_ARRAY) {
            return skip(parser);
        }
        List<String> texts = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                texts.add(parser.getString());
            } else {
                parser.skipChildren();
            }
        }
        return Collections.unmodifiableList(texts);
    }

    private static <T> T skip(JsonParser parser) {
        parser.skipChildren();
        return null;
    }

    private static String readScalarText(JsonParser parser) {
        if (parser.currentToken().isScalarValue()) {
            return parser.getValueAsString();
        }
        parser.skipChildren();
        return null;
    }
}
