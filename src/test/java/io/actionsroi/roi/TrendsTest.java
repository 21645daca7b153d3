package io.actionsroi.roi;

import static io.actionsroi.roi.Entities.action;
import static io.actionsroi.roi.Entities.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.actionsroi.port.PortEntity;

/**
 * The figures over time on five runs laid out by hand in Europe/Berlin, each expectation worked out
 * by hand from docs/roi-model.md. Report date 2026-11-15: the as-of instant is 2026-11-15T23:00Z (CET),
 * and October, which the daylight-saving change ends, runs from 2026-09-30T22:00Z to 2026-10-31T23:00Z.
 */
class TrendsTest {

    private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2026, 11, 15), ZoneId.of("Europe/Berlin"));
    private static RoiResult result;

    @BeforeAll
    static void fold() {
        ReferenceData reference = ReferenceData.from(RoiSchema.defaults(), List.of(),
                // 2 h before, 1 h of cycle time before: a run of 3,600 s saves 1 h, of 1,800 s cycle time 0.5 h
                List.of(action("a1", 2, 1, null).build()),
                List.of(entity("t1").title("Team one").build(), entity("t2").title("Team two").build(),
                        entity("t3").title("Team three").build()),
                UserEntities.read(List.of(user("ann", "t1"), user("bob"), user("cy", "t1", "t2"), user("dan", "t2"))));
        RunClassifier classifier = new RunClassifier(reference, PERIOD);
        RoiTally tally = new RoiTally(reference, PERIOD);
        List.of(
                // exactly 30 days before the as-of instant: in the month, not the month before
                run("r1", "2026-10-16T23:00:00Z", "SUCCESS", "t1").relation("ran_by_actual_user", "ann"),
                // ann's first run, 90+ days before: the quarter before, so ann is no new user of the month
                run("r2", "2026-08-01T10:00:00Z", "SUCCESS", "t1")
                        .relation("ran_by_actual_user", Map.of("identifier", "ann", "title", "Ann")),
                // the last day, no team, failed
                run("r3", "2026-11-15T22:59:59Z", "FAILURE", null).relation("ran_by_actual_user", "bob"),
                // 00:30 on 1 November in Berlin: November; no user
                run("r4", "2026-10-31T23:30:00Z", "SUCCESS", "t1"),
                // 23:30 on 31 October in Berlin: October
                run("r5", "2026-10-31T22:30:00Z", "SUCCESS", "t2").relation("ran_by_actual_user", "cy"))
                .stream().map(Entities.Builder::build).map(classifier::classify).forEach(tally::add);
        result = tally.finish(Instant.EPOCH, "test", new Pricing(100.0, "EUR", 0.5, 2000, 1000.0));
    }

    @Test
    void theMonthCountsTheRunAtItsStartAndTheUsersWhoseFirstRunItHolds() {
        PeriodFigures month = result.periods().month().current();
        assertThat(month.start()).isEqualTo(Instant.parse("2026-10-16T23:00:00Z"));
        assertThat(month.end()).isEqualTo(Instant.parse("2026-11-15T23:00:00Z"));
        assertThat(month.totalRuns()).isEqualTo(4);
        assertThat(month.successfulRuns()).isEqualTo(3);
        assertThat(month.failedRuns()).isEqualTo(1);
        assertThat(month.successRate()).isEqualTo(75.0);
        assertThat(month.leadTimeSavingsH()).isEqualTo(3.0);
        assertThat(month.cycleTimeSavingsH()).isEqualTo(1.5);
        assertThat(month.activeUsers()).isEqualTo(3); // ann, bob, cy; r4 has no user
        assertThat(month.activeTeams()).isEqualTo(2); // t1, t2; "No Team" does not count
        assertThat(month.newUsers()).isEqualTo(2); // bob, cy; ann ran first in August
    }

    @Test
    void aPreviousPeriodWithoutRunsHasNoPercentChange() {
        PeriodComparison month = result.periods().month();
        assertThat(month.previous().totalRuns()).isZero();
        assertThat(month.change().totalRuns()).isEqualTo(new Change(4, null));
        assertThat(month.change().successRate()).isEqualTo(new Change(75, null));
    }

    @Test
    void theQuarterComparesWithTheQuarterBefore() {
        PeriodComparison quarter = result.periods().quarter();
        assertThat(quarter.current().totalRuns()).isEqualTo(4);
        assertThat(quarter.previous().totalRuns()).isEqualTo(1);
        assertThat(quarter.previous().newUsers()).isEqualTo(1);
        assertThat(quarter.change().totalRuns()).isEqualTo(new Change(3, 300.0));
        assertThat(quarter.change().activeUsers()).isEqualTo(new Change(2, 200.0));
    }

    @Test
    void theDayHoldsTheLastRun() {
        PeriodFigures day = result.periods().day().current();
        assertThat(day.totalRuns()).isEqualTo(1);
        assertThat(day.successRate()).isZero();
        assertThat(day.activeUsers()).isEqualTo(1);
        assertThat(day.activeTeams()).isZero();
        assertThat(day.newUsers()).isEqualTo(1);
    }

    @Test
    void monthsAreCalendarMonthsInTheZoneAcrossTheDaylightSavingChange() {
        List<MonthOfRuns> months = result.runsPerMonth();
        assertThat(months).hasSize(12);
        assertThat(months.get(0).month()).isEqualTo(YearMonth.of(2025, 12));
        MonthOfRuns october = months.get(10);
        assertThat(october.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(october.start()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
        assertThat(october.end()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(october.totalRuns()).isEqualTo(2); // r1, r5
        assertThat(october.activeUsers()).isEqualTo(2);
        MonthOfRuns november = months.get(11);
        assertThat(november.end()).isEqualTo(PERIOD.asOf());
        assertThat(november.totalRuns()).isEqualTo(2); // r3, r4
        assertThat(november.failedRuns()).isEqualTo(1);
        assertThat(months.get(8).totalRuns()).isEqualTo(1); // August: r2
    }

    @Test
    void theAdoptionCountsMembersByTheUsersTeamsAndRunsByThePrimaryTeam() {
        Adoption adoption = result.adoption();
        assertThat(adoption.users()).isEqualTo(4);
        assertThat(adoption.teams()).isEqualTo(3);
        assertThat(adoption.userRate30d()).isEqualTo(75.0);
        assertThat(adoption.teamRate30d()).isCloseTo(200.0 / 3, within(1e-12));
        assertThat(adoption.teamsDetail()).containsExactly(
                new TeamAdoption("t1", "Team one", 2L, 2L, 2, 2.0, Instant.parse("2026-10-31T23:30:00Z")),
                new TeamAdoption("t2", "Team two", 2L, 1L, 1, 1.0, Instant.parse("2026-10-31T22:30:00Z")),
                new TeamAdoption("t3", "Team three", 0L, 0L, 0, 0, null),
                new TeamAdoption(RunFacts.NO_TEAM, RunFacts.NO_TEAM, null, null, 1, 0, Instant.parse("2026-11-15T22:59:59Z")));
        assertThat(adoption.teamsDetail()).extracting(TeamAdoption::lagging).containsExactly(false, false, true, false);
        // "No Team" is no team to talk to, even with no run in 30 days
        assertThat(new TeamAdoption(RunFacts.NO_TEAM, RunFacts.NO_TEAM, null, null, 0, 0, null).lagging()).isFalse();
    }

    @Test
    void theValueIsAYearAtTheQuartersPaceAttributedAndNetOfThePlatform() {
        BusinessValue value = result.value();
        double hours = 3.0 * 365 / 90; // the quarter's r1, r4, r5
        assertThat(value.annualisedLeadTimeSavingsH()).isCloseTo(hours, within(1e-12));
        assertThat(value.annualisedValue()).isCloseTo(hours * 100 * 0.5, within(1e-9));
        assertThat(value.fteEquivalent()).isCloseTo(hours * 0.5 / 2000, within(1e-12));
        assertThat(value.netAnnualValue()).isCloseTo(hours * 50 - 1000, within(1e-9));
        assertThat(value.roiPercent()).isCloseTo((hours * 50 - 1000) / 1000 * 100, within(1e-9));
    }

    @Test
    void unreadableUsersLeaveTheMembersUnknownAndAreListed() {
        ReferenceData reference = ReferenceData.from(RoiSchema.defaults(), List.of(), List.of(action("a1", 2, 1, null).build()),
                List.of(entity("t1").build()), UserEntities.unavailable("no _user export"));
        RoiTally tally = new RoiTally(reference, PERIOD);
        tally.add(new RunClassifier(reference, PERIOD).classify(
                run("r1", "2026-11-10T10:00:00Z", "SUCCESS", "t1").relation("ran_by_actual_user", "ann").build()));
        RoiResult unread = tally.finish(Instant.EPOCH, "test", Pricing.none());

        assertThat(unread.adoption().users()).isNull();
        assertThat(unread.adoption().userRate30d()).isNull();
        assertThat(unread.adoption().teamsDetail().get(0).members()).isNull();
        assertThat(unread.adoption().teamsDetail().get(0).activeMembers30d()).isNull();
        assertThat(unread.periods().month().current().activeUsers()).isEqualTo(1);
        assertThat(unread.value()).isNull();
        assertThat(unread.dataQuality().counts()).containsEntry("user_directory_unavailable", 1L);
        assertThat(unread.dataQuality().items()).singleElement()
                .satisfies(item -> assertThat(item.reason()).startsWith("no _user export"));
    }

    private static Entities.Builder run(String id, String createdAt, String status, String team) {
        Entities.Builder run = entity(id).createdAt(createdAt).property("created_at", createdAt)
                .property("status", status).relation("parent_action", "a1");
        if ("SUCCESS".equals(status)) {
            run.property("duration", 3600.0).property("cycle_time", 1800.0);
        }
        return team == null ? run : run.property("team_2", List.of(team));
    }

    private static PortEntity user(String identifier, String... teams) {
        return new PortEntity(identifier, identifier, null, List.of(teams), Map.of(), Map.of());
    }
}
