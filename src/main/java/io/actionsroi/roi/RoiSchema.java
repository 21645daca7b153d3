package io.actionsroi.roi;

import java.util.List;

import io.actionsroi.port.PortEntity;

/**
 * The blueprint and property identifiers the ROI model reads. They differ between Port
 * organisations, so every one is configurable; the defaults are the names of Port's guide "Create an
 * actions ROI dashboard". A null or blank value (or a null nested record) takes the default, so a
 * partial configuration binds by constructor.
 */
public record RoiSchema(Blueprints blueprints, RunFields run, ActionFields action) {

    private static final String IDENTIFIER = "$identifier";
    private static final String TITLE = "$title";
    private static final String CREATED_AT = "$createdAt";
    private static final String TEAM = PortEntity.TEAM;

    public RoiSchema {
        blueprints = blueprints == null ? Blueprints.defaults() : blueprints;
        run = run == null ? RunFields.defaults() : run;
        action = action == null ? ActionFields.defaults() : action;
    }

    /** The guide's names throughout. */
    public static RoiSchema defaults() {
        return new RoiSchema(null, null, null);
    }

    /** The fields to request from Port for the run blueprint. */
    public List<String> runInclude() {
        return List.of(IDENTIFIER, TITLE, CREATED_AT,
                run.status(), run.createdAt(), run.duration(), run.waitingForApprovalDuration(),
                run.cycleTime(), run.runUrl(), run.parentAction(), run.team(), run.userGroup(), run.user());
    }

    /** The fields to request from Port for the action blueprint. */
    public List<String> actionInclude() {
        return List.of(IDENTIFIER, TITLE, CREATED_AT,
                action.leadTimeBefore(), action.cycleTimeBefore(), action.criticality(), action.category());
    }

    /** The fields to request from Port for the category blueprint. */
    public List<String> categoryInclude() {
        return List.of(IDENTIFIER, TITLE, CREATED_AT);
    }

    /** The fields to request from Port for the team blueprint. */
    public List<String> teamInclude() {
        return List.of(IDENTIFIER, TITLE, CREATED_AT);
    }

    /** The fields to request from Port for the user blueprint: a user's teams are its {@code $team}. */
    public List<String> userInclude() {
        return List.of(IDENTIFIER, TITLE, CREATED_AT, TEAM);
    }

    private static String orDefault(String value, String defaultValue) {
        return value == null || value.isBlank() ? defaultValue : value;
    }

    /** The blueprint identifiers. */
    public record Blueprints(String category, String action, String run, String team, String user) {

        public Blueprints {
            category = orDefault(category, "actions_categories");
            action = orDefault(action, "action");
            run = orDefault(run, "action_run");
            team = orDefault(team, "_team");
            user = orDefault(user, "_user");
        }

        public static Blueprints defaults() {
            return new Blueprints(null, null, null, null, null);
        }
    }

    /**
     * The run blueprint's fields. {@code parentAction} and {@code user} (who ran it) are relations;
     * {@code team} (team identifiers) and {@code userGroup} (group titles) are mirror properties.
     */
    public record RunFields(
            String status,
            String createdAt,
            String duration,
            String waitingForApprovalDuration,
            String cycleTime,
            String runUrl,
            String parentAction,
            String team,
            String userGroup,
            String user) {

        public RunFields {
            status = orDefault(status, "status");
            createdAt = orDefault(createdAt, "created_at");
            duration = orDefault(duration, "duration");
            waitingForApprovalDuration = orDefault(waitingForApprovalDuration, "waiting_for_approval_duration");
            cycleTime = orDefault(cycleTime, "cycle_time");
            runUrl = orDefault(runUrl, "run_url");
            parentAction = orDefault(parentAction, "parent_action");
            team = orDefault(team, "team_2");
            userGroup = orDefault(userGroup, "user_group");
            user = orDefault(user, "ran_by_actual_user");
        }

        public static RunFields defaults() {
            return new RunFields(null, null, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * The action blueprint's fields. {@code cycleTimeBefore} is the baseline Port's guide stores as
     * the action's {@code cycle_time} (hours); {@code category} is a relation.
     */
    public record ActionFields(String leadTimeBefore, String cycleTimeBefore, String criticality, String category) {

        public ActionFields {
            leadTimeBefore = orDefault(leadTimeBefore, "lead_time_before");
            cycleTimeBefore = orDefault(cycleTimeBefore, "cycle_time");
            criticality = orDefault(criticality, "criticality");
            category = orDefault(category, "category");
        }

        public static ActionFields defaults() {
            return new ActionFields(null, null, null, null);
        }
    }
}
