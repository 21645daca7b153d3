package io.actionsroi.roi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Every figure of one report, immutable. The JSON summary, the workbook, the PDF and the email all
 * render this one object and recompute nothing, so they agree by construction.
 *
 * @param source the Port base URL or the export folder the entities came from
 * @param actions every action, runs or not, sorted by identifier
 * @param categories one rollup per category, sorted by key
 * @param teams one rollup per primary team, sorted by key
 * @param userGroups one rollup per primary user group, sorted by key
 * @param periods the last day, week, month and quarter, each against the one before
 * @param runsPerWeek the counted runs of the 12 rolling weeks before the as-of instant, oldest first
 * @param runsPerMonth the counted runs of the 12 calendar months up to the report date's, oldest first
 * @param adoption who uses the actions, by user and team
 * @param value the annualised value of the hours saved; null without an hourly cost
 * @param scope whose report it is; null for the organisation's
 * @param organisation the organisation's figures a team's report compares with; null for the organisation's
 */
public record RoiResult(
        LocalDate reportDate,
        Instant asOf,
        ZoneId zone,
        Instant generatedAt,
        String source,
        Totals totals,
        List<ActionFigures> actions,
        List<Rollup> categories,
        List<Rollup> teams,
        List<Rollup> userGroups,
        Highlights highlights,
        Periods periods,
        List<WeekOfRuns> runsPerWeek,
        List<MonthOfRuns> runsPerMonth,
        Adoption adoption,
        BusinessValue value,
        DataQuality dataQuality,
        ReportScope scope,
        OrganisationShare organisation) {

    public RoiResult {
        actions = List.copyOf(actions);
        categories = List.copyOf(categories);
        teams = List.copyOf(teams);
        userGroups = List.copyOf(userGroups);
        runsPerWeek = List.copyOf(runsPerWeek);
        runsPerMonth = List.copyOf(runsPerMonth);
    }

    /**
     * Whether the report was made before its day ended ({@code report.partial-day}): it then counts the
     * runs created until it was made, and every output says so.
     */
    public boolean partial() {
        return generatedAt.isBefore(asOf);
    }
}
