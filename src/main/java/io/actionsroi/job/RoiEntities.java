package io.actionsroi.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

import io.actionsroi.port.BlueprintAccessDeniedException;
import io.actionsroi.port.BlueprintNotFoundException;
import io.actionsroi.port.EntityCursor;
import io.actionsroi.port.EntitySource;
import io.actionsroi.port.PortEntity;
import io.actionsroi.port.PortException;
import io.actionsroi.roi.RoiSchema;
import io.actionsroi.roi.UserEntities;

/**
 * The blueprints the report reads, by the identifiers configured for this organisation. A blueprint
 * Port does not know is reported with the setting that names it.
 */
public class RoiEntities {

    private final EntitySource source;
    private final RoiSchema schema;
    private final String teamRecipientsProperty;

    public RoiEntities(EntitySource source, RoiSchema schema) {
        this(source, schema, null);
    }

    /** @param teamRecipientsProperty a property of the teams read besides the schema's; null for none */
    public RoiEntities(EntitySource source, RoiSchema schema, String teamRecipientsProperty) {
        this.source = source;
        this.schema = schema;
        this.teamRecipientsProperty = teamRecipientsProperty;
    }

    public List<PortEntity> categories() {
        return readAll(open(schema.blueprints().category(), schema.categoryInclude(), "category"));
    }

    public List<PortEntity> actions() {
        return readAll(open(schema.blueprints().action(), schema.actionInclude(), "action"));
    }

    /** The teams, with their recipients property when one is set. */
    public List<PortEntity> teams() {
        List<String> fields = new ArrayList<>(schema.teamInclude());
        if (teamRecipientsProperty != null) {
            fields.add(teamRecipientsProperty);
        }
        return readAll(open(schema.blueprints().team(), fields, "team"));
    }

    /** The property of the teams that holds their recipients; null when none is read. */
    public String teamRecipientsProperty() {
        return teamRecipientsProperty;
    }

    /**
     * The users, with their teams, for the adoption figures. A user blueprint that is missing or that the
     * credentials may not read does not stop the report: the users are then unavailable, and why.
     */
    public UserEntities users() {
        try {
            return UserEntities.read(readAll(source.open(schema.blueprints().user(), schema.userInclude())));
        } catch (BlueprintNotFoundException | BlueprintAccessDeniedException e) {
            return UserEntities.unavailable(e.getMessage());
        }
    }

    /**
     * The runs, streamed page by page, read as ranges of their creation time at the same time where
     * the source can ({@code port.read-concurrency}).
     *
     * @param asOf the report's as-of instant, before which most runs were created
     * @param runCount what {@link #runCount} told, which sizes the first ranges
     */
    public EntityCursor runs(Instant asOf, OptionalLong runCount) {
        String blueprint = schema.blueprints().run();
        try {
            return source.openByCreationTime(blueprint, schema.runInclude(), asOf, runCount);
        } catch (BlueprintNotFoundException e) {
            throw missing(e, "run");
        }
    }

    /** How many runs there are, when the source can tell. */
    public OptionalLong runCount() {
        return source.count(schema.blueprints().run());
    }

    public String sourceDescription() {
        return source.description();
    }

    private static List<PortEntity> readAll(EntityCursor opened) {
        List<PortEntity> entities = new ArrayList<>();
        try (EntityCursor cursor = opened) {
            cursor.forEachRemaining(entities::add);
        }
        return entities;
    }

    private EntityCursor open(String blueprint, Collection<String> fields, String setting) {
        try {
            return source.open(blueprint, fields);
        }
        catch (BlueprintNotFoundException e) {
            throw missing(e, setting);
        }
    }

    private static PortException missing(BlueprintNotFoundException e, String setting) {
        return new PortException(e.getMessage() + " Set port.schema.blueprints." + setting
                + " to this organisation's " + setting + " blueprint identifier.", e);
    }
}
