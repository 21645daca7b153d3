package io.actionsroi.roi;

import java.time.Instant;

/**
 * One counted run, reduced to what the figures use: Port's per-run calculation properties.
 *
 * @param status the status as received (an unknown one is kept; null when the run has none)
 * @param createdAt the run's {@code created_at}, else the entity's {@code createdAt}
 * @param durationSeconds the run's duration in seconds, null when absent
 * @param waitingForApprovalSeconds the time waiting for approval in seconds, null when absent
 * @param cycleTimeSeconds the run's cycle time in seconds, null when absent
 * @param savingsLeadTimeH {@code (lead_time_before * 3600 - duration) / 3600} for a successful run, else null
 * @param savingsCycleTimeH {@code (cycle_time_before * 3600 - cycle_time) / 3600} for a successful run, else null
 * @param primaryTeam the first team of the run's team mirror, or "No Team"
 * @param primaryUserGroup the first group of the run's user group mirror, or "No Group"
 * @param user the identifier of the user who ran it, null when the run names none
 * @param runUrl the link to the run in Port, null when absent
 */
public record RunFacts(
        String runId,
        String actionId,
        String status,
        Instant createdAt,
        Double durationSeconds,
        Double waitingForApprovalSeconds,
        Double cycleTimeSeconds,
        Double savingsLeadTimeH,
        Double savingsCycleTimeH,
        String primaryTeam,
        String primaryUserGroup,
        String user,
        String runUrl,
        boolean inDailyWindow,
        boolean inWeeklyWindow,
        boolean inMonthlyWindow) {

    public static final String NO_TEAM = "No Team";
    public static final String NO_GROUP = "No Group";
}
