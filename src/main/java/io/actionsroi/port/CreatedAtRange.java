package io.actionsroi.port;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.core.JsonGenerator;

/**
 * A range of Port's {@code $createdAt}, half-open: {@code from} included, {@code to} excluded, as the
 * search rules {@code >=} and {@code <} say (whether {@code between} includes its ends is not
 * documented). {@code $createdAt} never changes, so ranges that meet without overlapping hold every
 * entity exactly once, whatever Port does between their reads.
 *
 * @param from the first instant of the range, whole milliseconds; {@code null}: open below
 * @param to the first instant after the range, whole milliseconds; {@code null}: open above
 */
record CreatedAtRange(Instant from, Instant to) {

    /** Every entity: no rule at all. */
    static final CreatedAtRange ALL = new CreatedAtRange(null, null);

    private static final String CREATED_AT = "$createdAt";
    /** How Port writes its timestamps: milliseconds and {@code Z}. */
    private static final DateTimeFormatter PORT_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    CreatedAtRange {
        if (from != null && from.getNano() % 1_000_000 != 0 || to != null && to.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("Range ends are whole milliseconds, as Port's timestamps: " + from
                    + ", " + to);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("An empty range of $createdAt: from " + from + " to " + to);
        }
    }

    /** Writes the search rules that select the range, inside a {@code rules} array. */
    void writeRules(JsonGenerator json) {
        if (from != null) {
            writeRule(json, ">=", from);
        }
        if (to != null) {
            writeRule(json, "<", to);
        }
    }

    /** The range in words, for messages: {@code created from 2026-01-01T00:00:00.000Z until ...}. */
    String describe() {
        if (from == null && to == null) {
            return "of any creation time";
        }
        if (from == null) {
            return "created before " + PORT_TIME.format(to);
        }
        return "created from " + PORT_TIME.format(from) + (to == null ? " on" : " until " + PORT_TIME.format(to));
    }

    private static void writeRule(JsonGenerator json, String operator, Instant value) {
        json.writeStartObject();
        json.writeStringProperty("property", CREATED_AT);
        json.writeStringProperty("operator", operator);
        json.writeStringProperty("value", PORT_TIME.format(value));
        json.writeEndObject();
    }
}
