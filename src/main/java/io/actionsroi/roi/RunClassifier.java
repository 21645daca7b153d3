package io.actionsroi.roi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.actionsroi.port.PortEntity;

/**
 * Turns one run entity into the facts it contributes to the figures, or into the reason it is
 * excluded, listing every data-quality issue found on it. Stateless: duplicates are the
 * {@link RoiTally}'s concern.
 */
public final class RunClassifier {

    private final RoiSchema.RunFields fields;
    private final String blueprint;
    private final ReferenceData reference;
    private final ReportPeriod.Windows windows;

    /** Classifies runs by the schema the reference data was read with. */
    public RunClassifier(ReferenceData reference, ReportPeriod period) {
        this.fields = reference.schema().run();
        this.blueprint = reference.schema().blueprints().run();
        this.reference = reference;
        this.windows = period.windows();
    }

    public ClassifiedRun classify(PortEntity run) {
        String runId = run.identifier();
        List<DataQualityIssue> issues = new ArrayList<>(2);
        if (runId == null || runId.isBlank()) {
            issues.add(issue(IssueKind.MALFORMED_ENTITY, run, "no identifier: excluded"));
            return new ClassifiedRun(runId, null, issues);
        }
        EntityFields values = new EntityFields(run);

        // Time before relation: a run created after the as-of instant did not exist on the report
        // date, so it is listed as such whatever else is wrong with it, and a past date's report
        // keeps listing the same orphans when later runs arrive.
        String createdAtProperty = values.text(fields.createdAt());
        Instant createdAt = Timestamps.parse(createdAtProperty != null ? createdAtProperty : run.createdAt());
        String actionId = values.relation(fields.parentAction());
        ActionReference action = actionId == null ? null : reference.action(actionId).orElse(null);
        if (createdAt == null) {
            issues.add(issue(IssueKind.UNREADABLE_CREATED_AT, run, createdAtProperty != null
                    ? fields.createdAt() + " \"" + createdAtProperty + "\" is not a date-time with an offset: excluded"
                    : "no " + fields.createdAt() + ", and createdAt \"" + run.createdAt()
                            + "\" is not a date-time with an offset: excluded"));
        } else if (!windows.covers(createdAt)) {
            issues.add(issue(IssueKind.RUN_AFTER_AS_OF, run,
                    "created " + createdAt + ", at or after the as-of instant " + windows.asOf() + ": excluded"));
        } else if (action == null) {
            issues.add(issue(IssueKind.ORPHAN_RUN, run, actionId == null
                    ? fields.parentAction() + " is empty: excluded"
                    : fields.parentAction() + " names \"" + actionId + "\", which is no action: excluded"));
        }
        if (!issues.isEmpty()) {
            values.malformed(blueprint).ifPresent(issues::add);
            return new ClassifiedRun(runId, null, issues);
        }
        if (createdAtProperty == null) {
            issues.add(issue(IssueKind.CREATED_AT_FALLBACK, run,
                    "no " + fields.createdAt() + ": placed in time by the entity's createdAt " + run.createdAt()));
        }
        RunFacts facts = facts(run, values, action, createdAt, issues);
        values.malformed(blueprint).ifPresent(issues::add);
        return new ClassifiedRun(runId, facts, issues);
    }

    private RunFacts facts(PortEntity run, EntityFields values, ActionReference action, Instant createdAt,
            List<DataQualityIssue> issues) {
        String status = values.text(fields.status());
        if (!RunStatus.isKnown(status)) {
            issues.add(issue(IssueKind.UNKNOWN_STATUS, run, (status == null ? "no status" : "status \"" + status + "\"")
                    + ": counted in total_runs only"));
        }
        boolean success = RunStatus.SUCCESS.equals(status);
        Double duration = values.number(fields.duration());
        Double waiting = values.number(fields.waitingForApprovalDuration());
        Double cycleTime = values.number(fields.cycleTime());
        String team = values.firstText(fields.team());
        String userGroup = values.firstText(fields.userGroup());
        return new RunFacts(
                run.identifier(),
                action.identifier(),
                status,
                createdAt,
                duration,
                waiting,
                cycleTime,
                success ? savingH(action.leadTimeBeforeH(), duration) : null,
                success ? savingH(action.cycleTimeBeforeH(), cycleTime) : null,
                team == null ? RunFacts.NO_TEAM : team,
                userGroup == null ? RunFacts.NO_GROUP : userGroup,
                values.relation(fields.user()),
                values.text(fields.runUrl()),
                windows.inDaily(createdAt),
                windows.inWeekly(createdAt),
                windows.inMonthly(createdAt));
    }

    /** Port's formula, operation for operation, so the figures agree to the last bit. Null without input. */
    private static Double savingH(Double baselineH, Double actualSeconds) {
        return baselineH == null || actualSeconds == null ? null : (baselineH * 3600 - actualSeconds) / 3600;
    }

    private DataQualityIssue issue(IssueKind kind, PortEntity run, String reason) {
        return new DataQualityIssue(kind, blueprint, run.identifier(), reason);
    }
}
