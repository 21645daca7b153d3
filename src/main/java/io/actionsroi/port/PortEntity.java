package io.actionsroi.port;

import java.util.Map;

/**
 * One entity as Port's entity search returns it, reduced to what the job reads.
 *
 * <p>{@code properties} and {@code relations} hold the JSON values as plain Java: {@code String},
 * {@code Number}, {@code Boolean}, {@code List<Object>}, {@code Map<String, Object>} or {@code null}.
 * A key that Port did not send is absent from the map; a key sent as JSON {@code null} maps to
 * {@code null}. {@code createdAt} is the raw meta field, unparsed, so that the ROI model decides
 * what an unreadable timestamp means.
 */
public record PortEntity(
        String identifier,
        String title,
        String createdAt,
        Map<String, Object> properties,
        Map<String, Object> relations) {

    public PortEntity {
        properties = properties == null ? Map.of() : properties;
        relations = relations == null ? Map.of() : relations;
    }
}
