package io.actionsroi.roi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static io.actionsroi.roi.TrendsDataSet.entity;
import static io.actionsroi.roi.TrendsDataSet.relationObject;
import static io.actionsroi.roi.TrendsDataSet.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The oracle itself, before anything is held to it: on eleven runs laid out by hand, report date
 * 2026-11-15 in Europe/Berlin (as-of 2026-11-15T23:00Z), every figure it gives is the one worked out
 * by hand from the contract; and on the generated data set, the edges the generator promises are there.
 */
class IndependentTrendsTest {

    private static final IndependentTrends.Settings SETTINGS =
            IndependentTrends.Settings.of(LocalDate.of(2026, 11, 15), ZoneId.of("Europe/Berlin"));
    private static final double EXACT = 1e-12;

    @TempDir
    static Path folder;

    private static ObjectNode figures;
    private static ObjectNode generated;

    /**
     * Actions: deploy (lead time 2 h, cycle time 1 h), nobase (no baselines). Teams alpha, beta, idle.
     * Users u1 [alpha], u2 [alpha, beta], u3 [], u4 (no team field). Runs, in file order:
     * <pre>
     * r1  deploy SUCCESS    2026-11-15T12:00Z   1800 s, cycle 900 s   {u1}  [alpha]     lead 1.5, cycle 0.75
     * r2  deploy FAILURE    2026-10-16T23:00Z   (asOf - 30 d)         u2    "beta"
     * r3  deploy SUCCESS    2026-10-16T22:59:59Z 3600 s, cycle 3600 s, wait 7200 s  u2  [alpha, beta]  lead 1, cycle 0
     * r4  nobase SUCCESS    entity createdAt 2026-11-10T00:00Z only   no user, no team_2   no saving
     * r5  deploy WAITING    2026-11-12T09:00+01:00, wait 1800 s       user null   [contractors]
     * r6  deploy CANCELLED  2026-09-01T10:00Z                          u3    []
     * r7  orphan ("gone")   2026-11-15T10:00Z                          u3    [alpha]      not counted
     * r1 again              2026-11-14T10:00Z (the previous day)       u4    [beta]       not counted
     * r9  deploy SUCCESS    2026-11-15T23:00Z (= asOf)                 u3                 not counted
     * r10 deploy SUCCESS    2026-03-31T22:00Z (April 1 in Berlin)  0 s, no cycle time  {u1, title}  "alpha"  lead 2
     * r11 deploy SUCCESS    2026-03-31T21:59:59Z (March in Berlin) 7200 s, cycle 3600 s  u4  [idle]  lead 0, cycle 0
     * </pre>
     */
    @BeforeAll
    static void computeTheHandMadeExport() throws IOException {
        Path export = Files.createDirectories(folder.resolve("hand-made"));
        writeHandMadeExport(export);
        figures = IndependentTrends.compute(export, SETTINGS.withValue(100, "EUR", 0.5, 1000.0, 50.0));

        Path generatedExport = TrendsDataSet.write(folder.resolve("generated"), true);
        generated = IndependentTrends.compute(generatedExport,
                IndependentTrends.Settings.of(TrendsDataSet.REPORT_DATE, TrendsDataSet.ZONE));
    }

    @Test
    void theDayHasOneRunAndAnEmptyPreviousDaySoItsPercentagesAreNull() {
        JsonNode day = figures.get("periods").get("day");
        assertThat(instant(day.get("current").get("start"))).isEqualTo("2026-11-14T23:00:00Z");
        assertThat(instant(day.get("current").get("end"))).isEqualTo("2026-11-15T23:00:00Z");
        assertThat(instant(day.get("previous").get("start"))).isEqualTo("2026-11-13T23:00:00Z");
        assertFigures(day.get("current"), 1, 1, 0, 100, 1.5, 0.75, 0, 1, 1, 0);
        assertFigures(day.get("previous"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(day.get("change").get("total_runs").get("absolute").longValue()).isEqualTo(1);
        assertThat(day.get("change").get("total_runs").get("percent").isNull()).isTrue();
        assertThat(day.get("change").get("lead_time_savings_h").get("absolute").doubleValue()).isEqualTo(1.5);
        assertThat(day.get("change").properties()).hasSize(10)
                .allSatisfy(change -> assertThat(change.getValue().get("percent").isNull()).isTrue());
    }

    @Test
    void theWeekCountsTheFallbackTimeAndTheOtherOffsetButNoRunWithoutUser() {
        JsonNode week = figures.get("periods").get("week");
        // r1, r4 (placed by createdAt), r5 (09:00+01:00 is 08:00Z); users: u1 only; teams alpha, contractors
        assertFigures(week.get("current"), 3, 2, 0, 2.0 / 3 * 100, 1.5, 0.75, 0.5, 1, 2, 0);
        assertFigures(week.get("previous"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void theMonthStartsExactlyThirtyDaysBeforeAsOf() {
        JsonNode month = figures.get("periods").get("month");
        // current: r1, r2 (exactly at its start), r4, r5; previous: r3, a second earlier, u2's first run
        assertFigures(month.get("current"), 4, 2, 1, 50, 1.5, 0.75, 0.5, 2, 3, 0);
        assertFigures(month.get("previous"), 1, 1, 0, 100, 1, 0, 2, 1, 1, 1);
        JsonNode change = month.get("change");
        assertChange(change.get("total_runs"), 3, 300.0);
        assertChange(change.get("successful_runs"), 1, 100.0);
        assertChange(change.get("failed_runs"), 1, null);
        assertChange(change.get("success_rate"), -50, -50.0);
        assertChange(change.get("lead_time_savings_h"), 0.5, 50.0);
        assertChange(change.get("cycle_time_savings_h"), 0.75, null);
        assertChange(change.get("waiting_time_h"), -1.5, -75.0);
        assertChange(change.get("active_users"), 1, 100.0);
        assertChange(change.get("active_teams"), 2, 200.0);
        assertChange(change.get("new_users"), -1, -100.0);
    }

    @Test
    void theQuarterCountsTheUnknownStatusAndItsNewUsers() {
        JsonNode quarter = figures.get("periods").get("quarter");
        // r1 to r6; new: u2 (r3) and u3 (r6), not u1 nor u4, who first ran in March
        assertFigures(quarter.get("current"), 6, 3, 1, 50, 2.5, 0.75, 2.5, 3, 3, 2);
        assertThat(instant(quarter.get("previous").get("start"))).isEqualTo("2026-05-19T23:00:00Z");
        assertFigures(quarter.get("previous"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void weeksGetTheirLeadTimeSavingsAndActiveUsers() {
        JsonNode weeks = figures.get("runsPerWeek");
        assertThat(weeks).hasSize(12);
        assertThat(instant(weeks.get(0).get("start"))).isEqualTo("2026-08-23T23:00:00Z");
        assertThat(instant(weeks.get(11).get("end"))).isEqualTo("2026-11-15T23:00:00Z");
        for (int week = 0; week < 12; week++) {
            double lead = week == 11 ? 1.5 : week == 7 ? 1 : 0;
            int users = week == 11 || week == 7 || week == 1 ? 1 : 0;
            assertThat(weeks.get(week).get("lead_time_savings_h").doubleValue()).as("week " + week).isEqualTo(lead);
            assertThat(weeks.get(week).get("active_users").intValue()).as("week " + week).isEqualTo(users);
        }
        assertThat(weeks.get(11).get("successful").longValue()).isEqualTo(2);
        assertThat(weeks.get(11).get("other").longValue()).isEqualTo(1);
        assertThat(weeks.get(1).get("other").longValue()).isEqualTo(1);
    }

    @Test
    void monthsAreCalendarMonthsInTheZoneAcrossBothDaylightSavingChanges() {
        JsonNode months = figures.get("runsPerMonth");
        assertThat(months).hasSize(12);
        assertThat(months.get(0).get("month").stringValue()).isEqualTo("2025-12");
        assertThat(instant(months.get(0).get("start"))).isEqualTo("2025-11-30T23:00:00Z");
        assertMonth(months.get(3), "2026-03", "2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z", 1, 1, 0, 0, 0, 0, 1);
        assertMonth(months.get(4), "2026-04", "2026-03-31T22:00:00Z", "2026-04-30T22:00:00Z", 1, 1, 0, 2, 0, 0, 1);
        assertMonth(months.get(9), "2026-09", "2026-08-31T22:00:00Z", "2026-09-30T22:00:00Z", 1, 0, 0, 0, 0, 0, 1);
        assertMonth(months.get(10), "2026-10", "2026-09-30T22:00:00Z", "2026-10-31T23:00:00Z", 2, 1, 1, 1, 0, 2, 1);
        assertMonth(months.get(11), "2026-11", "2026-10-31T23:00:00Z", "2026-11-15T23:00:00Z", 3, 2, 0, 1.5, 0.75, 0.5, 1);
        for (int month : new int[] {0, 1, 2, 5, 6, 7, 8}) {
            assertThat(months.get(month).get("total_runs").longValue()).as(months.get(month).get("month").stringValue())
                    .isZero();
        }
    }

    @Test
    void adoptionByTeamCountsMembersFromTheDirectoryAndRunsByPrimaryTeam() {
        JsonNode adoption = figures.get("adoption");
        assertThat(adoption.get("users").longValue()).isEqualTo(4);
        assertThat(adoption.get("teams").longValue()).isEqualTo(3);
        assertThat(adoption.get("user_rate_30d").doubleValue()).isCloseTo(50, within(EXACT));
        assertThat(adoption.get("team_rate_30d").doubleValue()).isCloseTo(2.0 / 3 * 100, within(EXACT));
        JsonNode rows = adoption.get("teams_detail");
        assertThat(rows.valueStream().map(row -> row.get("key").stringValue()))
                .containsExactly("alpha", "beta", "idle", "No Team");
        assertTeam(rows.get(0), "Alpha", 2L, 2L, 1, 1.5, "2026-11-15T12:00:00Z");
        assertTeam(rows.get(1), "Beta", 1L, 1L, 1, 0, "2026-10-16T23:00:00Z");
        assertTeam(rows.get(2), "Idle", 0L, 0L, 0, 0, "2026-03-31T21:59:59Z");
        assertTeam(rows.get(3), "No Team", null, null, 1, 0, "2026-11-10T00:00:00Z");
    }

    @Test
    void valueAnnualisesTheQuartersLeadTimeSavings() {
        JsonNode value = figures.get("value");
        double annualHours = 2.5 * 365 / 90;
        assertThat(value.get("hourly_cost").doubleValue()).isEqualTo(100);
        assertThat(value.get("currency").stringValue()).isEqualTo("EUR");
        assertThat(value.get("attribution").doubleValue()).isEqualTo(0.5);
        assertThat(value.get("fte_hours_per_year").doubleValue()).isEqualTo(1000);
        assertThat(value.get("annualised_lead_time_savings_h").doubleValue()).isCloseTo(10.138888888888889, within(EXACT));
        assertThat(value.get("annualised_value").doubleValue()).isCloseTo(annualHours * 50, within(EXACT));
        assertThat(value.get("annualised_value").doubleValue()).isCloseTo(506.9444444444445, within(EXACT));
        assertThat(value.get("fte_equivalent").doubleValue()).isCloseTo(0.005069444444444445, within(EXACT));
        assertThat(value.get("platform_cost_per_year").doubleValue()).isEqualTo(50);
        assertThat(value.get("net_annual_value").doubleValue()).isCloseTo(456.9444444444445, within(EXACT));
        assertThat(value.get("roi_percent").doubleValue()).isCloseTo(913.888888888889, within(1e-9));
    }

    @Test
    void valueIsAbsentWithoutHourlyCostAndHasNoNetValueWithoutPlatformCost() {
        Path export = folder.resolve("hand-made");
        assertThat(IndependentTrends.compute(export, SETTINGS).has("value")).isFalse();

        JsonNode defaults = IndependentTrends.compute(export, SETTINGS.withValue(80, "USD", null, null, null)).get("value");
        assertThat(defaults.get("attribution").doubleValue()).isEqualTo(1);
        assertThat(defaults.get("fte_hours_per_year").doubleValue()).isEqualTo(1760);
        assertThat(defaults.get("annualised_value").doubleValue()).isCloseTo(2.5 * 365 / 90 * 80, within(EXACT));
        assertThat(defaults.has("platform_cost_per_year") || defaults.has("net_annual_value") || defaults.has("roi_percent"))
                .isFalse();

        JsonNode free = IndependentTrends.compute(export, SETTINGS.withValue(80, "USD", null, null, 0.0)).get("value");
        assertThat(free.get("roi_percent").isNull()).isTrue();
    }

    @Test
    void theCountedRunsAreTheModelsAndTheUserDirectoryIsAvailable() {
        JsonNode counts = figures.get("dataQuality").get("counts");
        assertThat(counts.get("user_directory_unavailable").intValue()).isZero();
        assertThat(counts.get("duplicate_runs").longValue()).isEqualTo(1);
        assertThat(counts.get("orphan_runs").longValue()).isEqualTo(1);
        assertThat(counts.get("runs_after_as_of").longValue()).isEqualTo(1);
        assertThat(counts.get("unknown_status_runs").longValue()).isEqualTo(1);
        assertThat(counts.get("runs_with_fallback_created_at").longValue()).isEqualTo(1);
        JsonNode totals = figures.get("totals");
        assertThat(totals.get("total_runs").longValue()).isEqualTo(8);
        assertThat(totals.get("successful_runs").longValue()).isEqualTo(5);
        assertThat(totals.get("total_lead_time_savings_h").doubleValue()).isCloseTo(4.5, within(EXACT));
        assertThat(totals.get("total_waiting_time_h").doubleValue()).isCloseTo(2.5, within(EXACT));
    }

    @Test
    void withoutTheUserDirectoryUsersMembersAndTheUserRateAreNull() throws IOException {
        Path export = Files.createDirectories(folder.resolve("hand-made-without-users"));
        writeHandMadeExport(export);
        Files.delete(export.resolve("_user.json"));

        ObjectNode without = IndependentTrends.compute(export, SETTINGS);

        JsonNode adoption = without.get("adoption");
        assertThat(adoption.get("users").isNull()).isTrue();
        assertThat(adoption.get("user_rate_30d").isNull()).isTrue();
        assertThat(adoption.get("teams").longValue()).isEqualTo(3);
        assertThat(adoption.get("teams_detail")).allSatisfy(row -> {
            assertThat(row.get("members").isNull()).isTrue();
            assertThat(row.get("active_members_30d").isNull()).isTrue();
        });
        assertThat(adoption.get("teams_detail").get(0).get("runs_30d").longValue()).isEqualTo(1);
        assertThat(without.get("dataQuality").get("counts").get("user_directory_unavailable").intValue()).isEqualTo(1);
        assertThat(without.get("periods")).isEqualTo(figures.get("periods"));
    }

    @Test
    void theGeneratedDataSetHoldsEveryEdgeItPromises() {
        JsonNode periods = generated.get("periods");
        assertThat(periods.get("day").get("current").get("total_runs").longValue()).isPositive();
        assertThat(periods.get("day").get("previous").get("total_runs").longValue()).isZero();
        assertThat(periods.get("day").get("change").get("total_runs").get("percent").isNull()).isTrue();
        assertThat(periods.get("week").get("current").get("new_users").longValue()).isEqualTo(1); // the newcomer
        for (String period : List.of("day", "week", "month", "quarter")) {
            assertThat(periods.get(period).get("current").get("total_runs").longValue()).as(period).isPositive();
            assertThat(periods.get(period).get("current").get("active_users").longValue()).as(period).isPositive();
        }
        assertThat(periods.get("quarter").get("previous").get("total_runs").longValue()).isPositive();

        JsonNode counts = generated.get("dataQuality").get("counts");
        assertThat(counts.get("duplicate_runs").longValue()).isEqualTo(1);
        assertThat(counts.get("orphan_runs").longValue()).isEqualTo(5);
        assertThat(counts.get("unreadable_created_at_runs").longValue()).isEqualTo(2);
        assertThat(counts.get("runs_after_as_of").longValue()).isEqualTo(2);
        assertThat(counts.get("unknown_status_runs").longValue()).isPositive();
        assertThat(counts.get("runs_with_fallback_created_at").longValue()).isPositive();
        assertThat(generated.get("totals").get("total_runs").longValue()).isBetween(3000L, 4000L);

        JsonNode months = generated.get("runsPerMonth");
        assertThat(months.valueStream().mapToLong(month -> month.get("total_runs").longValue())).allMatch(runs -> runs > 0);
        assertThat(instant(months.get(4).get("start"))).isEqualTo("2026-03-31T22:00:00Z");
        assertThat(instant(months.get(11).get("start"))).isEqualTo("2026-10-31T23:00:00Z");

        JsonNode adoption = generated.get("adoption");
        assertThat(adoption.get("users").longValue()).isEqualTo(42);
        assertThat(adoption.get("teams").longValue()).isEqualTo(8);
        JsonNode ghost = row(adoption, "ghost");
        assertThat(ghost.get("title").stringValue()).isEqualTo("ghost");
        assertThat(ghost.get("last_run_at").isNull()).isTrue();
        assertThat(ghost.get("members").longValue()).isEqualTo(1);
        JsonNode legacy = row(adoption, "legacy");
        assertThat(legacy.get("runs_30d").longValue()).isZero();
        assertThat(legacy.get("last_run_at").isNull()).isFalse();
        assertThat(legacy.get("active_members_30d").longValue()).isEqualTo(1); // the newcomer, whose runs are search's
        assertThat(adoption.get("teams_detail").valueStream().map(row -> row.get("key").stringValue()))
                .doesNotContain("contractors").endsWith("No Team");
    }

    @Test
    void theRunExactlyThirtyDaysBeforeAsOfIsInTheMonthAndTheUsersAreWhoTheyAre() throws IOException {
        Path export = TrendsDataSet.write(folder.resolve("generated-again"), true);
        IndependentTrends.Export read = IndependentTrends.read(export, TrendsDataSet.AS_OF);
        IndependentTrends.Run edge = read.runs().stream()
                .filter(run -> run.identifier().equals(TrendsDataSet.DUPLICATED_RUN)).findFirst().orElseThrow();
        Instant monthStart = TrendsDataSet.AS_OF.minus(Duration.ofDays(30));
        assertThat(edge.createdAt()).isEqualTo(monthStart);
        assertThat(read.runs()).filteredOn(run -> run.identifier().equals(TrendsDataSet.DUPLICATED_RUN)).hasSize(1);
        assertThat(read.runs()).extracting(IndependentTrends.Run::user)
                .contains(TrendsDataSet.FORMER_EMPLOYEE, TrendsDataSet.VETERAN, TrendsDataSet.NEWCOMER, null)
                .doesNotContain(TrendsDataSet.userName(36), " ", "");
        Instant firstVeteranRun = read.runs().stream().filter(run -> TrendsDataSet.VETERAN.equals(run.user()))
                .map(IndependentTrends.Run::createdAt).min(Instant::compareTo).orElseThrow();
        assertThat(firstVeteranRun).isBefore(TrendsDataSet.AS_OF.minus(Duration.ofDays(180)));
        assertThat(read.runs()).extracting(IndependentTrends.Run::team).contains("contractors", "legacy", "No Team")
                .doesNotContain("ghost");
    }

    private static void writeHandMadeExport(Path export) throws IOException {
        ObjectNode deploy = entity("action", "deploy", "Deploy");
        ((ObjectNode) deploy.get("properties")).put("lead_time_before", 2).put("cycle_time", 1);
        TrendsDataSet.writeEntities(export, "action", List.of(deploy, entity("action", "nobase", "No baseline")));
        TrendsDataSet.writeEntities(export, "actions_categories", List.of());
        TrendsDataSet.writeEntities(export, "_team",
                List.of(entity("_team", "alpha", "Alpha"), entity("_team", "beta", "Beta"), entity("_team", "idle", "Idle")));
        ObjectNode u1 = entity("_user", "u1", "U1");
        ((ArrayNode) u1.get("team")).add("alpha");
        ObjectNode u2 = entity("_user", "u2", "U2");
        ((ArrayNode) u2.get("team")).add("alpha").add("beta");
        ObjectNode u4 = entity("_user", "u4", "U4");
        u4.remove("team");
        TrendsDataSet.writeEntities(export, "_user", List.of(u1, u2, entity("_user", "u3", "U3"), u4));

        List<ObjectNode> runs = new ArrayList<>();
        runs.add(handRun("r1", "deploy", "2026-11-15T12:00:00Z", "SUCCESS", 1800.0, 900.0, null));
        user(runs.get(0)).set("ran_by_actual_user", relationObject("u1"));
        team(runs.get(0)).putArray("team_2").add("alpha");

        runs.add(handRun("r2", "deploy", "2026-10-16T23:00:00Z", "FAILURE", null, null, null));
        user(runs.get(1)).put("ran_by_actual_user", "u2");
        team(runs.get(1)).put("team_2", "beta");

        runs.add(handRun("r3", "deploy", "2026-10-16T22:59:59Z", "SUCCESS", 3600.0, 3600.0, 7200.0));
        user(runs.get(2)).put("ran_by_actual_user", "u2");
        team(runs.get(2)).putArray("team_2").add("alpha").add("beta");

        runs.add(handRun("r4", "nobase", "2026-11-10T00:00:00Z", "SUCCESS", 60.0, 60.0, null));
        team(runs.get(3)).remove("created_at");

        runs.add(handRun("r5", "deploy", "2026-11-12T08:00:00Z", "WAITING_FOR_APPROVAL", null, null, 1800.0));
        team(runs.get(4)).put("created_at", "2026-11-12T09:00:00.000+01:00");
        user(runs.get(4)).putNull("ran_by_actual_user");
        team(runs.get(4)).putArray("team_2").add("contractors");

        runs.add(handRun("r6", "deploy", "2026-09-01T10:00:00Z", "CANCELLED", null, null, null));
        user(runs.get(5)).put("ran_by_actual_user", "u3");
        team(runs.get(5)).putArray("team_2");

        runs.add(handRun("r7", "gone", "2026-11-15T10:00:00Z", "SUCCESS", 60.0, 60.0, null));
        user(runs.get(6)).put("ran_by_actual_user", "u3");
        team(runs.get(6)).putArray("team_2").add("alpha");

        runs.add(handRun("r1", "deploy", "2026-11-14T10:00:00Z", "SUCCESS", 60.0, 60.0, null));
        user(runs.get(7)).put("ran_by_actual_user", "u4");
        team(runs.get(7)).putArray("team_2").add("beta");

        runs.add(handRun("r9", "deploy", "2026-11-15T23:00:00Z", "SUCCESS", 60.0, 60.0, null));
        user(runs.get(8)).put("ran_by_actual_user", "u3");

        runs.add(handRun("r10", "deploy", "2026-03-31T22:00:00Z", "SUCCESS", 0.0, null, null));
        user(runs.get(9)).set("ran_by_actual_user", relationObject("u1"));
        team(runs.get(9)).put("team_2", "alpha");

        runs.add(handRun("r11", "deploy", "2026-03-31T21:59:59Z", "SUCCESS", 7200.0, 3600.0, null));
        user(runs.get(10)).put("ran_by_actual_user", "u4");
        team(runs.get(10)).putArray("team_2").add("idle");
        TrendsDataSet.writeEntities(export, "action_run", runs);
    }

    private static ObjectNode handRun(String id, String action, String createdAt, String status, Double duration,
            Double cycleTime, Double waiting) {
        ObjectNode run = run(id, action, Instant.parse(createdAt), status);
        ObjectNode properties = (ObjectNode) run.get("properties");
        if (duration != null) {
            properties.put("duration", duration);
        }
        if (cycleTime != null) {
            properties.put("cycle_time", cycleTime);
        }
        if (waiting != null) {
            properties.put("waiting_for_approval_duration", waiting);
        }
        return run;
    }

    private static ObjectNode user(ObjectNode run) {
        return (ObjectNode) run.get("relations");
    }

    private static ObjectNode team(ObjectNode run) {
        return (ObjectNode) run.get("properties");
    }

    private static void assertFigures(JsonNode figures, long total, long successful, long failed, double successRate,
            double leadTimeSavingsH, double cycleTimeSavingsH, double waitingTimeH, long activeUsers, long activeTeams,
            long newUsers) {
        assertThat(figures.get("total_runs").longValue()).as("total_runs").isEqualTo(total);
        assertThat(figures.get("successful_runs").longValue()).as("successful_runs").isEqualTo(successful);
        assertThat(figures.get("failed_runs").longValue()).as("failed_runs").isEqualTo(failed);
        assertThat(figures.get("success_rate").doubleValue()).as("success_rate").isCloseTo(successRate, within(EXACT));
        assertThat(figures.get("lead_time_savings_h").doubleValue()).as("lead").isCloseTo(leadTimeSavingsH, within(EXACT));
        assertThat(figures.get("cycle_time_savings_h").doubleValue()).as("cycle").isCloseTo(cycleTimeSavingsH, within(EXACT));
        assertThat(figures.get("waiting_time_h").doubleValue()).as("waiting").isCloseTo(waitingTimeH, within(EXACT));
        assertThat(figures.get("active_users").longValue()).as("active_users").isEqualTo(activeUsers);
        assertThat(figures.get("active_teams").longValue()).as("active_teams").isEqualTo(activeTeams);
        assertThat(figures.get("new_users").longValue()).as("new_users").isEqualTo(newUsers);
    }

    private static void assertChange(JsonNode change, double absolute, Double percent) {
        assertThat(change.get("absolute").doubleValue()).isCloseTo(absolute, within(EXACT));
        if (percent == null) {
            assertThat(change.get("percent").isNull()).isTrue();
        } else {
            assertThat(change.get("percent").doubleValue()).isCloseTo(percent, within(EXACT));
        }
    }

    private static void assertMonth(JsonNode month, String name, String start, String end, long total, long successful,
            long failed, double lead, double cycle, double waiting, long users) {
        assertThat(month.get("month").stringValue()).isEqualTo(name);
        assertThat(instant(month.get("start"))).as(name).isEqualTo(start);
        assertThat(instant(month.get("end"))).as(name).isEqualTo(end);
        assertThat(month.get("total_runs").longValue()).as(name).isEqualTo(total);
        assertThat(month.get("successful_runs").longValue()).as(name).isEqualTo(successful);
        assertThat(month.get("failed_runs").longValue()).as(name).isEqualTo(failed);
        assertThat(month.get("lead_time_savings_h").doubleValue()).as(name).isCloseTo(lead, within(EXACT));
        assertThat(month.get("cycle_time_savings_h").doubleValue()).as(name).isCloseTo(cycle, within(EXACT));
        assertThat(month.get("waiting_time_h").doubleValue()).as(name).isCloseTo(waiting, within(EXACT));
        assertThat(month.get("active_users").longValue()).as(name).isEqualTo(users);
    }

    private static void assertTeam(JsonNode row, String title, Long members, Long activeMembers, long runs, double lead,
            String lastRunAt) {
        String key = row.get("key").stringValue();
        assertThat(row.get("title").stringValue()).as(key).isEqualTo(title);
        if (members == null) {
            assertThat(row.get("members").isNull()).as(key).isTrue();
            assertThat(row.get("active_members_30d").isNull()).as(key).isTrue();
        } else {
            assertThat(row.get("members").longValue()).as(key).isEqualTo(members);
            assertThat(row.get("active_members_30d").longValue()).as(key).isEqualTo(activeMembers);
        }
        assertThat(row.get("runs_30d").longValue()).as(key).isEqualTo(runs);
        assertThat(row.get("lead_time_savings_h_30d").doubleValue()).as(key).isCloseTo(lead, within(EXACT));
        assertThat(instant(row.get("last_run_at"))).as(key).isEqualTo(lastRunAt);
    }

    private static JsonNode row(JsonNode adoption, String key) {
        return adoption.get("teams_detail").valueStream().filter(row -> row.get("key").stringValue().equals(key))
                .findFirst().orElseThrow();
    }

    private static String instant(JsonNode node) {
        return Instant.parse(node.stringValue()).toString();
    }
}
