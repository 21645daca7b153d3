package io.actionsroi.port;

import java.util.List;
import java.util.Map;

/**
 * One entity as Port's entity search returns it, reduced to what the job reads.
 *
 * <p>{@code properties} and {@code relations} hold the JSON values as plain Java: {@code String},
 * {@code Number}, {@code Boolean}, {@code List<Object>}, {@code Map<String, Object>} or {@code null}.
 * A key that Port did not send is absent from the map; a key sent as JSON {@code null} maps to
 * {@code null}. {@code createdAt} is the raw meta field, unparsed, so that the ROI model decides
 * what an unreadable timestamp means. {@code team} is the meta field {@code $team}, the identifiers of
 * the teams the entity belongs to (a user's teams, say): empty unless asked for and sent.
 */
public record PortEntity(
        String identifier,
        String title,
        String createdAt,
        List<String> team,
        Map<String, Object> properties,
        Map<String, Object> relations) {

    /** The meta field of an entity's teams, as a search's {@code include} names it. */
    public static final String TEAM = "$team";

    public PortEntity {
        team = team == null ? List.of() : team;
        properties = properties == null ? Map.of() : properties;
        relations = relations == null ? Map.of() : relations;
    }

    /** An entity without teams. */
    public PortEntity(String identifier, String title, String createdAt, Map<String, Object> properties,
            Map<String, Object> relations) {
        this(identifier, title, createdAt, List.of(), properties, relations);
    }
}
