package io.actionsroi.roi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.actionsroi.port.PortEntity;

/**
 * The small, slowly changing entities the run figures refer to: actions (with their baselines and
 * category), categories, teams and users (with their teams), plus the data-quality issues found on
 * them. Built once per report.
 */
public final class ReferenceData {

    private final RoiSchema schema;
    private final Map<String, ActionReference> actions;
    private final Map<String, String> categoryTitles;
    private final Map<String, String> teamTitles;
    private final Map<String, List<String>> userTeams;
    private final List<DataQualityIssue> issues;

    private ReferenceData(RoiSchema schema, Map<String, ActionReference> actions, Map<String, String> categoryTitles,
            Map<String, String> teamTitles, Map<String, List<String>> userTeams, List<DataQualityIssue> issues) {
        this.schema = schema;
        this.actions = Collections.unmodifiableMap(actions);
        this.categoryTitles = Collections.unmodifiableMap(categoryTitles);
        this.teamTitles = Collections.unmodifiableMap(teamTitles);
        this.userTeams = userTeams == null ? null : Collections.unmodifiableMap(userTeams);
        this.issues = List.copyOf(issues);
    }

    /**
     * Reads the reference entities. An entity without an identifier is listed as malformed and left
     * out; when an identifier comes twice, the first entity wins. Users that could not be read are
     * listed once, as an unavailable user directory.
     */
    public static ReferenceData from(RoiSchema schema, List<PortEntity> categories, List<PortEntity> actions,
            List<PortEntity> teams, UserEntities users) {
        List<DataQualityIssue> issues = new ArrayList<>();
        Map<String, String> categoryTitles = titles(categories, schema.blueprints().category(), issues);
        Map<String, String> teamTitles = titles(teams, schema.blueprints().team(), issues);
        Map<String, ActionReference> actionsById = new TreeMap<>();
        for (PortEntity entity : actions) {
            if (hasIdentifier(entity, schema.blueprints().action(), issues)) {
                actionsById.putIfAbsent(entity.identifier(), readAction(schema, entity, categoryTitles, issues));
            }
        }
        Map<String, List<String>> userTeams = null;
        if (users.entities() == null) {
            issues.add(new DataQualityIssue(IssueKind.USER_DIRECTORY_UNAVAILABLE, schema.blueprints().user(), null,
                    users.unavailableReason() + ": the adoption shows no user totals and no team members"));
        } else {
            userTeams = new HashMap<>();
            for (PortEntity user : users.entities()) {
                if (hasIdentifier(user, schema.blueprints().user(), issues)) {
                    userTeams.putIfAbsent(user.identifier(), user.team());
                }
            }
        }
        return new ReferenceData(schema, actionsById, categoryTitles, teamTitles, userTeams, issues);
    }

    /** The schema the entities were read with. */
    public RoiSchema schema() {
        return schema;
    }

    /** The action with this identifier. */
    public Optional<ActionReference> action(String identifier) {
        return Optional.ofNullable(actions.get(identifier));
    }

    /** Every action, sorted by identifier. */
    public Collection<ActionReference> actions() {
        return actions.values();
    }

    /** Category identifier to title, sorted by identifier. */
    public Map<String, String> categories() {
        return categoryTitles;
    }

    public Optional<String> categoryTitle(String categoryId) {
        return Optional.ofNullable(categoryTitles.get(categoryId));
    }

    /** Team identifier to title, sorted by identifier. */
    public Map<String, String> teams() {
        return teamTitles;
    }

    public Optional<String> teamTitle(String teamId) {
        return Optional.ofNullable(teamTitles.get(teamId));
    }

    /** User identifier to the identifiers of the user's teams; null when the users could not be read. */
    public Map<String, List<String>> userTeams() {
        return userTeams;
    }

    /** Missing or zero baselines, wrong-typed fields, unknown categories, entities without identifier. */
    public List<DataQualityIssue> issues() {
        return issues;
    }

    private static Map<String, String> titles(List<PortEntity> entities, String blueprint,
            List<DataQualityIssue> issues) {
        Map<String, String> titles = new TreeMap<>();
        for (PortEntity entity : entities) {
            if (hasIdentifier(entity, blueprint, issues)) {
                titles.putIfAbsent(entity.identifier(), titleOf(entity));
            }
        }
        return titles;
    }

    private static ActionReference readAction(RoiSchema schema, PortEntity entity, Map<String, String> categoryTitles,
            List<DataQualityIssue> issues) {
        RoiSchema.ActionFields fieldNames = schema.action();
        String blueprint = schema.blueprints().action();
        EntityFields fields = new EntityFields(entity);
        Double leadTimeBefore = fields.number(fieldNames.leadTimeBefore());
        Double cycleTimeBefore = fields.number(fieldNames.cycleTimeBefore());
        String criticality = fields.text(fieldNames.criticality());
        String categoryId = fields.relation(fieldNames.category());
        fields.malformed(blueprint).ifPresent(issues::add);

        String categoryTitle = categoryId == null ? null : categoryTitles.get(categoryId);
        if (categoryId != null && categoryTitle == null) {
            issues.add(new DataQualityIssue(IssueKind.MALFORMED_ENTITY, blueprint, entity.identifier(),
                    fieldNames.category() + ": names category \"" + categoryId
                            + "\", which does not exist (the action's runs are in no category)"));
            categoryId = null;
        }
        checkBaselines(entity.identifier(), blueprint, fieldNames, leadTimeBefore, cycleTimeBefore, issues);
        return new ActionReference(entity.identifier(), titleOf(entity), categoryId, categoryTitle, criticality,
                leadTimeBefore, cycleTimeBefore);
    }

    private static void checkBaselines(String actionId, String blueprint, RoiSchema.ActionFields fieldNames,
            Double leadTimeBefore, Double cycleTimeBefore, List<DataQualityIssue> issues) {
        List<String> missing = new ArrayList<>(2);
        List<String> zero = new ArrayList<>(2);
        sortBaseline(fieldNames.leadTimeBefore(), leadTimeBefore, missing, zero);
        sortBaseline(fieldNames.cycleTimeBefore(), cycleTimeBefore, missing, zero);
        if (!missing.isEmpty()) {
            issues.add(new DataQualityIssue(IssueKind.MISSING_BASELINE, blueprint, actionId,
                    "no " + String.join(" and no ", missing) + " baseline: its runs claim no such saving"));
        }
        if (!zero.isEmpty()) {
            issues.add(new DataQualityIssue(IssueKind.ZERO_BASELINE, blueprint, actionId,
                    String.join(" and ", zero) + (zero.size() == 1 ? " baseline is" : " baselines are")
                            + " 0: its runs' savings are negative"));
        }
    }

    private static void sortBaseline(String field, Double value, List<String> missing, List<String> zero) {
        if (value == null) {
            missing.add(field);
        } else if (value == 0) {
            zero.add(field);
        }
    }

    private static boolean hasIdentifier(PortEntity entity, String blueprint, List<DataQualityIssue> issues) {
        if (entity.identifier() != null && !entity.identifier().isBlank()) {
            return true;
        }
        issues.add(new DataQualityIssue(IssueKind.MALFORMED_ENTITY, blueprint, entity.identifier(),
                "no identifier: left out (title \"" + entity.title() + "\")"));
        return false;
    }

    /** Titles are optional in Port; an entity without one is shown by its identifier. */
    private static String titleOf(PortEntity entity) {
        return entity.title() == null || entity.title().isBlank() ? entity.identifier() : entity.title();
    }
}
