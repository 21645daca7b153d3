package io.actionsroi.roi;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.actionsroi.port.PortEntity;

/** Builds the Port entities and fixtures the ROI tests feed in. */
final class Entities {

    /** Report date 2026-09-30 in UTC: as-of 2026-10-01T00:00:00Z. */
    static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2026, 9, 30), ZoneOffset.UTC);
    static final RoiSchema SCHEMA = RoiSchema.defaults();

    private Entities() {
    }

    static Builder entity(String identifier) {
        return new Builder(identifier);
    }

    /** A successful run of {@code actionId} on 2026-09-15 (in the monthly window only), team t1, group G1. */
    static Builder run(String identifier, String actionId) {
        return entity(identifier)
                .createdAt("2026-09-15T10:00:00.000Z")
                .property("created_at", "2026-09-15T10:00:00.000Z")
                .property("status", "SUCCESS")
                .property("team_2", List.of("t1"))
                .property("user_group", List.of("G1"))
                .relation("parent_action", actionId);
    }

    /** An action with both baselines, in category {@code categoryId}. */
    static Builder action(String identifier, Object leadTimeBeforeH, Object cycleTimeBeforeH, String categoryId) {
        return entity(identifier)
                .title("Action " + identifier)
                .property("lead_time_before", leadTimeBeforeH)
                .property("cycle_time", cycleTimeBeforeH)
                .property("criticality", "Tier 2")
                .relation("category", categoryId);
    }

    static ReferenceData reference(List<PortEntity> actions) {
        return ReferenceData.from(SCHEMA,
                List.of(entity("c1").title("Category one").build(), entity("c2").title("Category two").build()),
                actions,
                List.of(entity("t1").title("Team one").build()), UserEntities.read(List.of()));
    }

    /** A fluent PortEntity, its maps keeping nulls (a JSON null) apart from absent keys. */
    static final class Builder {
        private final String identifier;
        private String title;
        private String createdAt = "2026-06-03T00:00:00.000Z";
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private final Map<String, Object> relations = new LinkedHashMap<>();

        private Builder(String identifier) {
            this.identifier = identifier;
            this.title = identifier;
        }

        Builder title(String value) {
            title = value;
            return this;
        }

        Builder createdAt(String value) {
            createdAt = value;
            return this;
        }

        Builder property(String key, Object value) {
            properties.put(key, value);
            return this;
        }

        Builder relation(String key, Object value) {
            relations.put(key, value);
            return this;
        }

        /** Sets the run's created_at property and its entity createdAt alike. */
        Builder created(String instant) {
            return createdAt(instant).property("created_at", instant);
        }

        Builder without(String key) {
            properties.remove(key);
            relations.remove(key);
            return this;
        }

        PortEntity build() {
            return new PortEntity(identifier, title, createdAt, properties, relations);
        }
    }
}
