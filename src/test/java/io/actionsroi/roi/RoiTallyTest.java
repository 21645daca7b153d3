package io.actionsroi.roi;

import static io.actionsroi.roi.Entities.PERIOD;
import static io.actionsroi.roi.Entities.action;
import static io.actionsroi.roi.Entities.reference;
import static io.actionsroi.roi.Entities.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.actionsroi.port.PortEntity;

class RoiTallyTest {

    private static final Instant GENERATED_AT = Instant.parse("2026-10-01T06:00:00Z");

    private static RoiResult tally(List<PortEntity> actions, Entities.Builder... runs) {
        ReferenceData reference = reference(actions);
        RunClassifier classifier = new RunClassifier(reference, PERIOD);
        RoiTally tally = new RoiTally(reference, PERIOD);
        Arrays.stream(runs).map(Entities.Builder::build).map(classifier::classify).forEach(tally::add);
        return tally.finish(GENERATED_AT, "demo/port-export", Pricing.none());
    }

    private static Figures figuresOf(RoiResult result, String actionId) {
        return result.actions().stream().filter(action -> action.identifier().equals(actionId))
                .findFirst().orElseThrow().figures();
    }

    private static Rollup rollup(List<Rollup> rollups, String key) {
        return rollups.stream().filter(rollup -> rollup.key().equals(key)).findFirst().orElseThrow();
    }

    @Nested
    class PerAction {

        /** a1: lead 2 h, cycle 0.5 h. Report date 2026-09-30 UTC: daily from 09-30, weekly 09-24, monthly 09-01. */
        private final RoiResult result = tally(List.of(action("a1", 2, 0.5, "c1").build()),
                run("r1", "a1").created("2026-09-30T12:00:00Z").property("duration", 3600.0)
                        .property("cycle_time", 1800.0).property("waiting_for_approval_duration", 600.0),
                run("r2", "a1").created("2026-09-27T12:00:00Z").property("status", "FAILURE"),
                run("r3", "a1").created("2026-09-10T00:00:00Z").property("duration", 5400.0)
                        .property("cycle_time", 900.0).property("waiting_for_approval_duration", 0.0),
                run("r4", "a1").created("2026-08-01T00:00:00Z").property("status", "IN_PROGRESS"),
                run("r5", "a1").created("2026-09-30T23:59:59Z").property("status", "FAILURE"),
                run("r6", "a1").created("2026-07-01T00:00:00Z").property("duration", 7200.0)
                        .property("cycle_time", 3600.0).property("waiting_for_approval_duration", 1800.0));

        @Test
        void countsByStatusAndWindow() {
            Figures figures = figuresOf(result, "a1");

            assertThat(figures.totalRuns()).isEqualTo(6);
            assertThat(figures.successfulRuns()).isEqualTo(3);
            assertThat(figures.failedRuns()).isEqualTo(2);
            assertThat(figures.inProgressRuns()).isEqualTo(1);
            assertThat(figures.totalRunsWithStatus()).isEqualTo(5);
            assertThat(List.of(figures.dailyTotalRuns(), figures.dailyFailedRuns())).containsExactly(2L, 1L);
            assertThat(List.of(figures.weeklyTotalRuns(), figures.weeklyFailedRuns())).containsExactly(3L, 2L);
            assertThat(List.of(figures.monthlyTotalRuns(), figures.monthlyFailedRuns())).containsExactly(4L, 2L);
        }

        @Test
        void runsPerWeekCountTwelveRollingWeeksEndingAtTheAsOfInstantByStatus() {
            List<WeekOfRuns> weeks = result.runsPerWeek();

            assertThat(weeks).hasSize(12);
            assertThat(weeks.get(0).start()).isEqualTo(PERIOD.asOf().minus(java.time.Duration.ofDays(84)));
            assertThat(weeks.get(11).end()).isEqualTo(PERIOD.asOf());
            assertThat(weeks.get(11)).extracting(WeekOfRuns::successful, WeekOfRuns::failed, WeekOfRuns::total)
                    .containsExactly(1L, 2L, 3L);
            assertThat(weeks.get(9)).extracting(WeekOfRuns::successful, WeekOfRuns::total).containsExactly(1L, 1L);
            assertThat(weeks.get(3)).extracting(WeekOfRuns::inProgress, WeekOfRuns::total).containsExactly(1L, 1L);
            assertThat(weeks.stream().mapToLong(WeekOfRuns::total).sum())
                    .as("every run but r6, which is older than twelve weeks").isEqualTo(5);
        }

        @Test
        void ratesArePercentagesOfTheTotals() {
            Figures figures = figuresOf(result, "a1");

            assertThat(figures.overallFailureRate()).isCloseTo(2 * 100 / 6.0, within(1e-12));
            assertThat(figures.successRate()).isEqualTo(50.0);
            assertThat(figures.dailyFailureRate()).isEqualTo(50.0);
            assertThat(figures.weeklyFailureRate()).isCloseTo(2 * 100 / 3.0, within(1e-12));
            assertThat(figures.monthlyFailureRate()).isEqualTo(50.0);
        }

        @Test
        void savingsAddUpEveryRunsSavingSignIncluded() {
            Figures figures = figuresOf(result, "a1");

            // lead: r1 (7200 - 3600) / 3600 = 1, r3 (7200 - 5400) / 3600 = 0.5, r6 0.
            assertThat(figures.totalLeadTimeSavingsH()).isEqualTo(1.5);
            // cycle: r1 0, r3 (1800 - 900) / 3600 = 0.25, r6 (1800 - 3600) / 3600 = -0.5.
            assertThat(figures.totalCycleTimeSavingsH()).isEqualTo(-0.25);
        }

        @Test
        void waitingTimeSumsMaxAndAveragesOverTheRunsThatWaited() {
            Figures figures = figuresOf(result, "a1");

            assertThat(figures.totalWaitingTimeSeconds()).isEqualTo(2400.0);
            assertThat(figures.maxWaitingTimeSeconds()).isEqualTo(1800.0);
            assertThat(figures.runsWithWaitingTime()).isEqualTo(2);
            assertThat(figures.totalWaitingTimeH()).isEqualTo(2400 / 3600.0);
            assertThat(figures.averageWaitingTimeH()).isEqualTo(2400.0 / 2 / 3600);
            assertThat(figures.maxWaitingTimeH()).isEqualTo(0.5);
        }

        @Test
        void theActionKeepsItsReferenceFields() {
            assertThat(result.actions()).singleElement().satisfies(action -> {
                assertThat(action.title()).isEqualTo("Action a1");
                assertThat(action.categoryId()).isEqualTo("c1");
                assertThat(action.category()).isEqualTo("Category one");
                assertThat(action.criticality()).isEqualTo("Tier 2");
            });
        }
    }

    @Test
    void anActionWithoutRunsIsPresentWithZeros() {
        RoiResult result = tally(List.of(action("idle", 2, 1, "c1").build(), action("busy", 2, 1, "c1").build()),
                run("r1", "busy"));

        assertThat(result.actions()).extracting(ActionFigures::identifier).containsExactly("busy", "idle");
        assertThat(figuresOf(result, "idle")).isEqualTo(new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(rollup(result.categories(), "c2").figures().totalRuns()).isZero();
        assertThat(result.totals().actions()).isEqualTo(2);
        assertThat(result.totals().actionsWithRuns()).isEqualTo(1);
    }

    @Test
    void ratesAreZeroWhenTheirTotalIsZero() {
        // Only an old run: no run in any window, and no run waited.
        Figures figures = figuresOf(tally(List.of(action("a1", 2, 1, "c1").build()),
                run("r1", "a1").created("2026-01-01T00:00:00Z").property("status", "FAILURE")), "a1");

        assertThat(figures.overallFailureRate()).isEqualTo(100.0);
        assertThat(figures.dailyFailureRate()).isZero();
        assertThat(figures.weeklyFailureRate()).isZero();
        assertThat(figures.monthlyFailureRate()).isZero();
        assertThat(figures.averageWaitingTimeH()).isZero();
        assertThat(figures.maxWaitingTimeH()).isZero();
    }

    @Test
    void rollupsComputeOverTheirRunsNotAveragesOfAverages() {
        RoiResult result = tally(List.of(action("a1", 2, 1, "c1").build(), action("a2", 2, 1, "c1").build()),
                run("r1", "a1").property("status", "FAILURE").property("waiting_for_approval_duration", 3600.0),
                run("r2", "a2").property("waiting_for_approval_duration", 600.0),
                run("r3", "a2").property("waiting_for_approval_duration", 600.0),
                run("r4", "a2").property("waiting_for_approval_duration", 600.0));

        Figures category = rollup(result.categories(), "c1").figures();
        // a1 fails 100 %, a2 0 %: the category fails 1 run in 4, not (100 + 0) / 2.
        assertThat(category.overallFailureRate()).isEqualTo(25.0);
        // a1 waits 1 h on average, a2 1/6 h: the category (3600 + 3 * 600) / 4 runs, not their mean.
        assertThat(category.averageWaitingTimeH()).isEqualTo((3600 + 3 * 600) / 4.0 / 3600);
        assertThat(result.totals().figures().averageWaitingTimeH()).isEqualTo((3600 + 3 * 600) / 4.0 / 3600);
        assertThat(rollup(result.teams(), "t1").figures().overallFailureRate()).isEqualTo(25.0);
    }

    @Test
    void teamsAndGroupsRollUpByPrimaryTeamAndGroupWithTitles() {
        RoiResult result = tally(List.of(action("a1", 2, 1, "c1").build()),
                run("r1", "a1").property("team_2", List.of("t1", "t2")).property("user_group", "Product"),
                run("r2", "a1").property("team_2", "zeta").property("user_group", List.of("Business", "Product")),
                run("r3", "a1").property("team_2", List.of()).property("user_group", null),
                run("r4", "a1").without("team_2").without("user_group"));

        assertThat(result.teams()).extracting(Rollup::key, Rollup::title, rollup -> rollup.figures().totalRuns())
                .containsExactly(
                        tuple("No Team", "No Team", 2L),
                        tuple("t1", "Team one", 1L),
                        tuple("zeta", "zeta", 1L));
        assertThat(result.userGroups()).extracting(Rollup::key, Rollup::title, rollup -> rollup.figures().totalRuns())
                .containsExactly(
                        tuple("Business", "Business", 1L),
                        tuple("No Group", "No Group", 2L),
                        tuple("Product", "Product", 1L));
    }

    @Test
    void theOrganisationTotalsCoverEveryCountedRun() {
        RoiResult result = tally(List.of(action("a1", 2, 1, "c1").build(), action("a2", 3, 1, "c2").build()),
                run("r1", "a1").property("duration", 3600.0).property("waiting_for_approval_duration", 360.0),
                run("r2", "a2").property("duration", 3600.0),
                run("r3", "ghost").property("duration", 3600.0));

        Figures total = result.totals().figures();
        assertThat(total.totalRuns()).isEqualTo(2);
        assertThat(total.totalLeadTimeSavingsH()).isEqualTo(1.0 + 2.0);
        assertThat(total.totalWaitingTimeH()).isEqualTo(0.1);
        assertThat(result.totals().money()).isNull();
    }

    @Test
    void theMoneyValuePricesTheHoursSaved() {
        ReferenceData reference = reference(List.of(action("a1", 2, 1, "c1").build()));
        RoiTally tally = new RoiTally(reference, PERIOD);
        tally.add(new RunClassifier(reference, PERIOD).classify(
                run("r1", "a1").property("duration", 1800.0).property("cycle_time", 900.0).build()));

        RoiResult result = tally.finish(GENERATED_AT, "https://api.getport.io", Pricing.hourly(80.0, "EUR"));

        // lead (7200 - 1800) / 3600 = 1.5 h, cycle (3600 - 900) / 3600 = 0.75 h.
        assertThat(result.totals().money()).isEqualTo(new MoneyValue(80.0, "EUR", 1.5 * 80, 0.75 * 80));
        assertThat(result.source()).isEqualTo("https://api.getport.io");
        assertThat(result.generatedAt()).isEqualTo(GENERATED_AT);
        assertThat(result.reportDate()).isEqualTo(PERIOD.reportDate());
        assertThat(result.asOf()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(result.zone()).isEqualTo(PERIOD.zone());
    }

    @Nested
    class Duplicates {

        @Test
        void aRunServedTwiceCountsOnceAndIsListed() {
            RoiResult result = tally(List.of(action("a1", 2, 1, "c1").build()),
                    run("r1", "a1").property("duration", 3600.0), run("r1", "a1").property("duration", 3600.0),
                    run("r2", "a1"));

            assertThat(result.totals().figures().totalRuns()).isEqualTo(2);
            assertThat(result.totals().figures().totalLeadTimeSavingsH()).isEqualTo(1.0);
            assertThat(result.dataQuality().items()).singleElement().satisfies(issue -> {
                assertThat(issue.kind()).isEqualTo(IssueKind.DUPLICATE_RUN);
                assertThat(issue.identifier()).isEqualTo("r1");
                assertThat(issue.blueprint()).isEqualTo("action_run");
            });
        }

        @Test
        void addSaysWhetherTheRunWentIntoTheFigures() {
            ReferenceData reference = reference(List.of(action("a1", 2, 1, "c1").build()));
            RunClassifier classifier = new RunClassifier(reference, PERIOD);
            RoiTally tally = new RoiTally(reference, PERIOD);

            assertThat(tally.add(classifier.classify(run("r1", "a1").build()))).isTrue();
            assertThat(tally.add(classifier.classify(run("r1", "a1").build()))).as("duplicate").isFalse();
            assertThat(tally.add(classifier.classify(run("r2", "ghost").build()))).as("orphan").isFalse();
        }

        @Test
        void anExcludedRunServedTwiceIsListedOnceForItsReasonAndOnceAsDuplicate() {
            RoiResult result = tally(List.of(action("a1", 2, 1, "c1").build()),
                    run("r1", "ghost"), run("r1", "ghost"));

            assertThat(result.dataQuality().items()).extracting(DataQualityIssue::kind)
                    .containsExactly(IssueKind.ORPHAN_RUN, IssueKind.DUPLICATE_RUN);
        }

        @Test
        void runsWithoutIdentifierAreNoDuplicatesOfEachOther() {
            RoiResult result = tally(List.of(action("a1", 2, 1, "c1").build()),
                    run("", "a1"), run("", "a1"), run(" ", "a1"), run(" ", "a1"), run(null, "a1"), run(null, "a1"));

            assertThat(result.dataQuality().items()).extracting(DataQualityIssue::kind)
                    .containsOnly(IssueKind.MALFORMED_ENTITY).hasSize(6);
        }
    }

    @Nested
    class DataQualitySummary {

        @Test
        void countsEveryKindInEnumOrderZerosIncludedReferenceIssuesFirst() {
            RoiResult result = tally(List.of(action("a1", 2, 1, "c1").build(), action("a0", 0, 1, "c1").build()),
                    run("r1", "ghost"), run("r2", "a1").property("status", "CANCELLED"),
                    run("r3", "a1").created("2026-10-05T00:00:00Z"));

            Map<String, Long> counts = result.dataQuality().counts();
            assertThat(counts.keySet()).containsExactly(
                    Arrays.stream(IssueKind.values()).map(IssueKind::key).toArray(String[]::new));
            assertThat(counts).containsEntry("orphan_runs", 1L).containsEntry("unknown_status_runs", 1L)
                    .containsEntry("runs_after_as_of", 1L).containsEntry("actions_with_zero_baseline", 1L)
                    .containsEntry("duplicate_runs", 0L).containsEntry("malformed_entities", 0L);
            assertThat(result.dataQuality().items()).extracting(DataQualityIssue::kind).containsExactly(
                    IssueKind.ZERO_BASELINE, IssueKind.ORPHAN_RUN, IssueKind.UNKNOWN_STATUS, IssueKind.RUN_AFTER_AS_OF);
        }

        @Test
        void anUnknownStatusCountsInTotalRunsOnly() {
            Figures figures = figuresOf(tally(List.of(action("a1", 2, 1, "c1").build()),
                    run("r1", "a1").property("status", "CANCELLED")), "a1");

            assertThat(figures.totalRuns()).isEqualTo(1);
            assertThat(figures.totalRunsWithStatus()).isZero();
            assertThat(figures.inProgressRuns()).isZero();
            assertThat(figures.successRate()).isZero();
        }
    }

    @Nested
    class HighlightAnswers {

        @Test
        void tiesGoToTheIdentifierThatSortsFirst() {
            RoiResult result = tally(
                    List.of(action("b", 2, 1, "c1").build(), action("a", 2, 1, "c2").build()),
                    run("r1", "b").created("2026-09-29T00:00:00Z").property("duration", 3600.0),
                    run("r2", "a").created("2026-09-29T00:00:00Z").property("duration", 3600.0));

            assertThat(result.highlights().mostRunActionThisWeek()).isEqualTo(new Highlight("a", "Action a", 1));
            assertThat(result.highlights().topActionByLeadTimeSavings()).isEqualTo(new Highlight("a", "Action a", 1.0));
            assertThat(result.highlights().topCategoryByLeadTimeSavings())
                    .isEqualTo(new Highlight("c1", "Category one", 1.0));
        }

        @Test
        void theLargestWins() {
            RoiResult result = tally(
                    List.of(action("a", 2, 1, "c1").build(), action("b", 4, 1, "c2").build(),
                            action("c", 2, 1, "c1").build()),
                    run("r1", "a").created("2026-09-29T00:00:00Z").property("duration", 3600.0),
                    run("r2", "a").created("2026-09-29T00:00:00Z").property("duration", 3600.0),
                    run("r3", "b").property("duration", 3600.0),
                    run("r4", "c").property("duration", 3600.0),
                    run("r5", "c").property("duration", 3600.0));

            // a and c save 1 h a run, b 3 h: b tops the actions; c1 (a + c = 4 h) the categories.
            assertThat(result.highlights().mostRunActionThisWeek()).isEqualTo(new Highlight("a", "Action a", 2));
            assertThat(result.highlights().topActionByLeadTimeSavings()).isEqualTo(new Highlight("b", "Action b", 3.0));
            assertThat(result.highlights().topCategoryByLeadTimeSavings())
                    .isEqualTo(new Highlight("c1", "Category one", 4.0));
        }

        @Test
        void aHighlightIsNullWhenNothingAnswersIt() {
            RoiResult result = tally(List.of(action("a1", 2, 1, "c1").build()),
                    run("r1", "a1").created("2026-09-01T00:00:00Z").property("status", "FAILURE"));

            assertThat(result.highlights()).isEqualTo(new Highlights(null, null, null));
        }

        @Test
        void negativeSavingsStillAnswerButAnActionWithoutSavingsDoesNot() {
            RoiResult result = tally(List.of(action("a", 2, 1, "c1").build(), action("z", 2, 1, "c2").build()),
                    run("r1", "z").property("duration", 9000.0));

            assertThat(result.highlights().topActionByLeadTimeSavings()).isEqualTo(new Highlight("z", "Action z", -0.5));
            assertThat(result.highlights().topCategoryByLeadTimeSavings())
                    .isEqualTo(new Highlight("c2", "Category two", -0.5));
        }
    }

    @Test
    void finishIsCallableOnceAndEndsTheTally() {
        ReferenceData reference = reference(List.of());
        RoiTally tally = new RoiTally(reference, PERIOD);
        tally.finish(GENERATED_AT, "x", Pricing.none());

        assertThatIllegalStateException().isThrownBy(() -> tally.finish(GENERATED_AT, "x", Pricing.none()));
        assertThatIllegalStateException().isThrownBy(() -> tally.add(new ClassifiedRun("r1", null, List.of())));
    }

    @Test
    void aMillionDistinctRunsAreEachCountedOnceAsTheIdentifierSetGrows() {
        ReferenceData reference = reference(List.of(action("a1", 2, 1, "c1").build(), action("a2", 2, 1, "c2").build()));
        RoiTally tally = new RoiTally(reference, PERIOD);
        Instant createdAt = Instant.parse("2026-09-29T00:00:00Z");
        String[] teams = {"t1", "t2", "t3", "No Team"};

        for (int i = 0; i < 1_000_000; i++) {
            String id = "r_" + i;
            RunFacts facts = new RunFacts(id, i % 2 == 0 ? "a1" : "a2", "SUCCESS", createdAt, 60.0, null, 30.0,
                    1.0, 0.5, teams[i % 4], "G1", null, null, false, true, true);
            tally.add(new ClassifiedRun(id, facts, List.of()));
        }
        RoiResult result = tally.finish(GENERATED_AT, "x", Pricing.none());

        assertThat(result.totals().figures().totalRuns()).isEqualTo(1_000_000);
        assertThat(result.totals().figures().totalLeadTimeSavingsH()).isEqualTo(1_000_000.0);
        assertThat(result.dataQuality().items()).isEmpty();
    }

    @Nested
    class TeamReports {

        private RoiReports reports(TeamSelection selection, Entities.Builder... runs) {
            ReferenceData reference = reference(List.of(action("a1", 2, 0.5, "c1").build(), action("a2", 1, 0.5, "c2").build()));
            RunClassifier classifier = new RunClassifier(reference, PERIOD);
            RoiTally tally = new RoiTally(reference, PERIOD, selection);
            Arrays.stream(runs).map(Entities.Builder::build).map(classifier::classify).forEach(tally::add);
            return tally.finishReports(GENERATED_AT, "demo/port-export", Pricing.none());
        }

        private final Entities.Builder[] runs = {
                run("r1", "a1").created("2026-09-30T12:00:00Z").property("duration", 3600.0).property("team_2", "t1"),
                run("r1", "a1").created("2026-09-30T12:00:00Z").property("duration", 3600.0).property("team_2", "t1"),
                run("r2", "a1").created("2026-09-20T12:00:00Z").property("status", "FAILURE").property("team_2", "zeta"),
                run("r3", "a1").created("2026-09-21T12:00:00Z").property("status", "NEW").property("team_2", List.of("t1")),
                run("r4", "a2").created("2026-09-22T12:00:00Z").property("duration", 600.0).without("team_2") };

        @Test
        void everyTeamWithRunsIsEveryTeamEntityThatIsTheFirstTeamOfACountedRun() {
            RoiReports reports = reports(TeamSelection.EVERY_TEAM_WITH_RUNS, runs);

            assertThat(reports.teams()).extracting(result -> result.scope().team(), result -> result.scope().title())
                    .containsExactly(tuple("t1", "Team one"));
            assertThat(reports.organisation().scope()).isNull();
            assertThat(reports.organisation().organisation()).isNull();
        }

        @Test
        void aTeamsReportCountsItsRunsOnceKeepsEveryActionAndCarriesTheOrganisationsFigures() {
            RoiResult team = reports(TeamSelection.EVERY_TEAM_WITH_RUNS, runs).teams().get(0);

            assertThat(team.totals().figures().totalRuns()).as("r1, once, and r3").isEqualTo(2);
            assertThat(team.actions()).extracting(ActionFigures::identifier, action -> action.figures().totalRuns())
                    .containsExactly(tuple("a1", 2L), tuple("a2", 0L));
            assertThat(team.totals().figures().totalLeadTimeSavingsH()).isEqualTo(1.0, within(1e-12));
            OrganisationShare organisation = team.organisation();
            assertThat(organisation.totalRuns()).as("r1 once, r2, r3 and r4").isEqualTo(4);
            assertThat(organisation.successRate()).isEqualTo(50.0, within(1e-12));
            double saved = (2 * 3600 - 3600.0) / 3600 + (1 * 3600 - 600.0) / 3600;
            assertThat(organisation.totalLeadTimeSavingsH()).isEqualTo(saved, within(1e-12));
            assertThat(organisation.monthLeadTimeSavingsH()).isEqualTo(saved, within(1e-12));
            assertThat(team.adoption().teamsDetail()).extracting(TeamAdoption::key).containsExactly("t1");
            assertThat(team.dataQuality().items()).extracting(DataQualityIssue::identifier)
                    .as("its unknown status, not the organisation's duplicate").containsExactly("r3");
        }

        @Test
        void aListedTeamGetsItsReportWithoutRunsOrATeamEntity() {
            RoiReports reports = reports(TeamSelection.of(List.of("nobody", "zeta")), runs);

            assertThat(reports.teams()).extracting(result -> result.scope().title(),
                    result -> result.totals().figures().totalRuns()).containsExactly(tuple("nobody", 0L), tuple("zeta", 1L));
        }
    }
}
