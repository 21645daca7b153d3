package io.actionsroi.roi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.actionsroi.port.PortEntity;

/**
 * Reads one entity's properties and relations by the type the model expects. A field of the wrong
 * type reads as absent and is noted, so that the entity can be listed as malformed.
 */
final class EntityFields {

    private static final int SHOWN_VALUE_LENGTH = 40;

    private final PortEntity entity;
    private final List<String> wrongTypes = new ArrayList<>(0);

    EntityFields(PortEntity entity) {
        this.entity = entity;
    }

    /** A finite number, or null when the property is absent, null or not a number. */
    Double number(String property) {
        Object value = entity.properties().get(property);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        return wrongType(property, "a number", value);
    }

    /** A string, or null when the property is absent, null or not a string. */
    String text(String property) {
        Object value = entity.properties().get(property);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        return wrongType(property, "text", value);
    }

    /**
     * The first element of a list of strings, or the string itself: how a mirror property names a
     * run's team or user group. Null when the property is absent, null, an empty list or blank.
     */
    String firstText(String property) {
        Object value = entity.properties().get(property);
        Object first = value instanceof List<?> list ? (list.isEmpty() ? null : list.get(0)) : value;
        if (first == null || first instanceof String) {
            String text = (String) first;
            return text == null || text.isBlank() ? null : text;
        }
        return wrongType(property, "text or a list of text", value);
    }

    /**
     * The identifier a single relation points to, sent either as the identifier itself or as
     * {@code {"identifier": ..., "title": ...}}. Null when the relation is absent, null or blank.
     */
    String relation(String relation) {
        Object value = entity.relations().get(relation);
        Object target = value instanceof Map<?, ?> map && map.containsKey("identifier") ? map.get("identifier") : value;
        if (target == null || target instanceof String) {
            String identifier = (String) target;
            return identifier == null || identifier.isBlank() ? null : identifier;
        }
        return wrongType(relation, "an identifier", value);
    }

    /** The malformed-entity issue listing every wrong-typed field read so far, if any. */
    Optional<DataQualityIssue> malformed(String blueprint) {
        if (wrongTypes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DataQualityIssue(IssueKind.MALFORMED_ENTITY, blueprint, entity.identifier(),
                String.join("; ", wrongTypes) + " (ignored)"));
    }

    private <T> T wrongType(String field, String expected, Object value) {
        wrongTypes.add(field + ": expected " + expected + ", got " + describe(value));
        return null;
    }

    private static String describe(Object value) {
        String kind = value instanceof String ? "text"
                : value instanceof Number ? "number"
                : value instanceof Boolean ? "boolean"
                : value instanceof List ? "list"
                : value instanceof Map ? "object"
                : value.getClass().getSimpleName();
        String shown = value instanceof String ? '"' + (String) value + '"' : String.valueOf(value);
        if (shown.length() > SHOWN_VALUE_LENGTH) {
            shown = shown.substring(0, SHOWN_VALUE_LENGTH) + "...";
        }
        return kind + " " + shown;
    }
}
