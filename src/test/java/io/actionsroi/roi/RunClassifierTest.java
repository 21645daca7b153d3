package io.actionsroi.roi;

import static io.actionsroi.roi.Entities.PERIOD;
import static io.actionsroi.roi.Entities.action;
import static io.actionsroi.roi.Entities.reference;
import static io.actionsroi.roi.Entities.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunClassifierTest {

    /** a1: lead 2 h, cycle 0.5 h. zero: both baselines 0. bare: no baseline at all. */
    private final RunClassifier classifier = new RunClassifier(reference(List.of(
            action("a1", 2, 0.5, "c1").build(),
            action("zero", 0, 0, "c1").build(),
            action("bare", null, null, "c2").without("lead_time_before").build())), PERIOD);

    private ClassifiedRun classify(Entities.Builder run) {
        return classifier.classify(run.build());
    }

    private RunFacts counted(Entities.Builder run) {
        ClassifiedRun classified = classify(run);
        assertThat(classified.facts()).as("counted").isNotNull();
        return classified.facts();
    }

    private static List<IssueKind> kinds(ClassifiedRun run) {
        return run.issues().stream().map(DataQualityIssue::kind).toList();
    }

    @Nested
    class Savings {

        @Test
        void aSuccessfulRunSavesTheBaselineMinusItsOwnTime() {
            RunFacts facts = counted(run("r1", "a1").property("duration", 1800.0).property("cycle_time", 900.0));

            assertThat(facts.savingsLeadTimeH()).isEqualTo((2 * 3600 - 1800) / 3600.0);
            assertThat(facts.savingsCycleTimeH()).isEqualTo((0.5 * 3600 - 900) / 3600.0);
            assertThat(facts.durationSeconds()).isEqualTo(1800.0);
            assertThat(facts.cycleTimeSeconds()).isEqualTo(900.0);
        }

        @Test
        void aRunSlowerThanTheBaselineKeepsItsNegativeSaving() {
            RunFacts facts = counted(run("r1", "a1").property("duration", 9000.0).property("cycle_time", 2700.0));

            assertThat(facts.savingsLeadTimeH()).isEqualTo(-0.5);
            assertThat(facts.savingsCycleTimeH()).isEqualTo(-0.25);
        }

        @Test
        void aZeroBaselineIsARealNumberAndGivesANegativeSaving() {
            RunFacts facts = counted(run("r1", "zero").property("duration", 360.0).property("cycle_time", 36.0));

            assertThat(facts.savingsLeadTimeH()).isCloseTo(-360 / 3600.0, within(1e-15));
            assertThat(facts.savingsCycleTimeH()).isCloseTo(-36 / 3600.0, within(1e-15));
        }

        @Test
        void noBaselineMeansNoSaving() {
            RunFacts facts = counted(run("r1", "bare").property("duration", 360.0).property("cycle_time", 36.0));

            assertThat(facts.savingsLeadTimeH()).isNull();
            assertThat(facts.savingsCycleTimeH()).isNull();
        }

        @Test
        void noRunTimeMeansNoSaving() {
            RunFacts facts = counted(run("r1", "a1").property("duration", null));

            assertThat(facts.savingsLeadTimeH()).isNull();
            assertThat(facts.savingsCycleTimeH()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"FAILURE", "IN_PROGRESS", "WAITING_FOR_APPROVAL", "DECLINED", "success"})
        void onlyASuccessfulRunSaves(String status) {
            RunFacts facts = counted(run("r1", "a1").property("status", status)
                    .property("duration", 1800.0).property("cycle_time", 900.0));

            assertThat(facts.savingsLeadTimeH()).isNull();
            assertThat(facts.savingsCycleTimeH()).isNull();
        }

        @Test
        void anyNumberTypeIsRead() {
            RunFacts facts = counted(run("r1", "a1").property("duration", 1800L)
                    .property("cycle_time", new BigDecimal("900.5")).property("waiting_for_approval_duration", 60));

            assertThat(facts.savingsLeadTimeH()).isEqualTo(1.5);
            assertThat(facts.savingsCycleTimeH()).isEqualTo((1800 - 900.5) / 3600);
            assertThat(facts.waitingForApprovalSeconds()).isEqualTo(60.0);
        }
    }

    @Nested
    class TeamAndUserGroup {

        static Stream<Arguments> mirrors() {
            return Stream.of(
                    Arguments.of(List.of("x", "y"), "x"),
                    Arguments.of("x", "x"),
                    Arguments.of(List.of(), null),
                    Arguments.of(Arrays.asList((Object) null), null),
                    Arguments.of("", null));
        }

        @ParameterizedTest
        @MethodSource("mirrors")
        void theFirstOfAListOrThePlainStringElseNoTeam(Object team, String expected) {
            RunFacts facts = counted(run("r1", "a1").property("team_2", team).property("user_group", team));

            assertThat(facts.primaryTeam()).isEqualTo(expected == null ? "No Team" : expected);
            assertThat(facts.primaryUserGroup()).isEqualTo(expected == null ? "No Group" : expected);
        }

        @Test
        void nullCountsUnderNoTeamAndNoGroup() {
            RunFacts facts = counted(run("r1", "a1").property("team_2", null).property("user_group", null));

            assertThat(facts.primaryTeam()).isEqualTo("No Team");
            assertThat(facts.primaryUserGroup()).isEqualTo("No Group");
        }

        @Test
        void missingCountsUnderNoTeamAndNoGroup() {
            RunFacts facts = counted(run("r1", "a1").without("team_2").without("user_group"));

            assertThat(facts.primaryTeam()).isEqualTo("No Team");
            assertThat(facts.primaryUserGroup()).isEqualTo("No Group");
        }

        @Test
        void aWrongTypeCountsUnderNoTeamAndIsListed() {
            ClassifiedRun run = classify(run("r1", "a1").property("team_2", 42L).property("user_group", List.of(7L)));

            assertThat(run.facts().primaryTeam()).isEqualTo("No Team");
            assertThat(run.facts().primaryUserGroup()).isEqualTo("No Group");
            assertThat(kinds(run)).containsExactly(IssueKind.MALFORMED_ENTITY);
            assertThat(run.issues().get(0).reason()).contains("team_2", "user_group");
        }
    }

    @Nested
    class Time {

        private final Instant asOf = Instant.parse("2026-10-01T00:00:00Z");

        private RunFacts createdAt(Instant instant) {
            return counted(run("r1", "a1").created(instant.toString()));
        }

        @Test
        void eachWindowStartsItsFullLengthBeforeAsOfIncluded() {
            assertThat(windows(createdAt(asOf.minusSeconds(24 * 3600)))).containsExactly(true, true, true);
            assertThat(windows(createdAt(asOf.minusSeconds(7 * 24 * 3600)))).containsExactly(false, true, true);
            assertThat(windows(createdAt(asOf.minusSeconds(30 * 24 * 3600)))).containsExactly(false, false, true);
        }

        @Test
        void anInstantBeforeAWindowStartIsOutsideIt() {
            assertThat(windows(createdAt(asOf.minusSeconds(24 * 3600).minusMillis(1)))).containsExactly(false, true, true);
            assertThat(windows(createdAt(asOf.minusSeconds(7 * 24 * 3600).minusMillis(1)))).containsExactly(false, false, true);
            assertThat(windows(createdAt(asOf.minusSeconds(30 * 24 * 3600).minusMillis(1)))).containsExactly(false, false, false);
        }

        @Test
        void theLastMillisecondBeforeAsOfCounts() {
            RunFacts facts = createdAt(asOf.minusMillis(1));

            assertThat(windows(facts)).containsExactly(true, true, true);
            assertThat(facts.createdAt()).isEqualTo(asOf.minusMillis(1));
        }

        @Test
        void aRunCreatedAtOrAfterAsOfIsExcludedAndListed() {
            ClassifiedRun atAsOf = classify(run("r1", "a1").created("2026-10-01T00:00:00Z"));
            ClassifiedRun later = classify(run("r2", "a1").created("2026-10-02T08:00:00Z"));

            assertThat(atAsOf.counted()).isFalse();
            assertThat(kinds(atAsOf)).containsExactly(IssueKind.RUN_AFTER_AS_OF);
            assertThat(kinds(later)).containsExactly(IssueKind.RUN_AFTER_AS_OF);
        }

        @Test
        void anOffsetIsHonoured() {
            // 23:30 at UTC-1 is 00:30 UTC on October 1st: after as-of.
            assertThat(kinds(classify(run("r1", "a1").created("2026-09-30T23:30:00-01:00"))))
                    .containsExactly(IssueKind.RUN_AFTER_AS_OF);
            assertThat(counted(run("r2", "a1").created("2026-10-01T00:30:00+01:00")).createdAt())
                    .isEqualTo(Instant.parse("2026-09-30T23:30:00Z"));
        }

        @Test
        void withoutCreatedAtTheEntityCreatedAtPlacesTheRunAndTheFallbackIsListed() {
            ClassifiedRun absent = classify(run("r1", "a1").without("created_at").createdAt("2026-09-30T12:00:00.000Z"));
            ClassifiedRun nulled = classify(run("r2", "a1").property("created_at", null).createdAt("2026-09-30T12:00:00.000Z"));

            for (ClassifiedRun run : List.of(absent, nulled)) {
                assertThat(run.facts().createdAt()).isEqualTo(Instant.parse("2026-09-30T12:00:00Z"));
                assertThat(run.facts().inDailyWindow()).isTrue();
                assertThat(kinds(run)).containsExactly(IssueKind.CREATED_AT_FALLBACK);
            }
        }

        @Test
        void theCreatedAtPropertyWinsOverTheEntityCreatedAt() {
            RunFacts facts = counted(run("r1", "a1").property("created_at", "2026-09-20T00:00:00Z")
                    .createdAt("2026-09-30T12:00:00Z"));

            assertThat(facts.createdAt()).isEqualTo(Instant.parse("2026-09-20T00:00:00Z"));
        }

        @Test
        void anUnreadableCreationTimeExcludesTheRun() {
            ClassifiedRun garbled = classify(run("r1", "a1").property("created_at", "last tuesday"));
            ClassifiedRun noOffset = classify(run("r2", "a1").property("created_at", "2026-09-20T00:00:00"));
            ClassifiedRun bothMissing = classify(run("r3", "a1").without("created_at").createdAt(null));

            for (ClassifiedRun run : List.of(garbled, noOffset, bothMissing)) {
                assertThat(run.counted()).isFalse();
                assertThat(kinds(run)).containsExactly(IssueKind.UNREADABLE_CREATED_AT);
            }
        }

        @Test
        void aWrongTypedCreatedAtIsIgnoredInFavourOfTheEntityCreatedAt() {
            ClassifiedRun run = classify(run("r1", "a1").property("created_at", 1_790_000_000_000L)
                    .createdAt("2026-09-30T12:00:00Z"));

            assertThat(run.facts().createdAt()).isEqualTo(Instant.parse("2026-09-30T12:00:00Z"));
            assertThat(kinds(run)).containsExactly(IssueKind.CREATED_AT_FALLBACK, IssueKind.MALFORMED_ENTITY);
        }

        private List<Boolean> windows(RunFacts facts) {
            return List.of(facts.inDailyWindow(), facts.inWeeklyWindow(), facts.inMonthlyWindow());
        }
    }

    @Nested
    class ParentAction {

        @Test
        void aRelationMayComeAsAnIdentifierAndTitleObject() {
            Map<String, Object> relation = new HashMap<>();
            relation.put("identifier", "a1");
            relation.put("title", "Action a1");

            assertThat(counted(run("r1", "a1").relation("parent_action", relation)).actionId()).isEqualTo("a1");
        }

        static Stream<Arguments> orphans() {
            Map<String, Object> nullIdentifier = new HashMap<>();
            nullIdentifier.put("identifier", null);
            return Stream.of(Arguments.of("null", null), Arguments.of("empty", ""), Arguments.of("ghost", "ghost"),
                    Arguments.of("object without identifier", nullIdentifier));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("orphans")
        void aRunWithAnEmptyOrUnknownParentIsAnExcludedOrphan(String name, Object parent) {
            ClassifiedRun run = classify(run("r1", "a1").relation("parent_action", parent));

            assertThat(run.counted()).isFalse();
            assertThat(kinds(run)).containsExactly(IssueKind.ORPHAN_RUN);
        }

        @Test
        void aRunWithoutTheRelationIsAnOrphan() {
            assertThat(kinds(classify(run("r1", "a1").without("parent_action")))).containsExactly(IssueKind.ORPHAN_RUN);
        }

        @Test
        void aWrongTypedRelationMakesAnOrphanAndIsListed() {
            ClassifiedRun run = classify(run("r1", "a1").relation("parent_action", List.of("a1", "a2")));

            assertThat(run.counted()).isFalse();
            assertThat(kinds(run)).containsExactly(IssueKind.ORPHAN_RUN, IssueKind.MALFORMED_ENTITY);
        }

        @Test
        void anOrphanCreatedAfterAsOfIsListedAsAfterAsOf() {
            ClassifiedRun run = classify(run("r1", "ghost").created("2026-10-01T10:00:00Z"));

            assertThat(kinds(run)).containsExactly(IssueKind.RUN_AFTER_AS_OF);
        }
    }

    @Nested
    class StatusAndTypes {

        @Test
        void anUnknownStatusIsKeptCountedAndListed() {
            ClassifiedRun run = classify(run("r1", "a1").property("status", "CANCELLED").property("duration", 10.0));

            assertThat(run.facts().status()).isEqualTo("CANCELLED");
            assertThat(run.facts().savingsLeadTimeH()).isNull();
            assertThat(kinds(run)).containsExactly(IssueKind.UNKNOWN_STATUS);
        }

        @Test
        void aRunWithoutStatusIsCountedAndListed() {
            ClassifiedRun run = classify(run("r1", "a1").without("status"));

            assertThat(run.facts().status()).isNull();
            assertThat(kinds(run)).containsExactly(IssueKind.UNKNOWN_STATUS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"SUCCESS", "FAILURE", "IN_PROGRESS", "WAITING_FOR_APPROVAL", "DECLINED"})
        void aKnownStatusIsNoIssue(String status) {
            assertThat(classify(run("r1", "a1").property("status", status)).issues()).isEmpty();
        }

        @Test
        void wrongTypedFieldsAreIgnoredAndTheRunListedOnceAsMalformed() {
            ClassifiedRun run = classify(run("r1", "a1")
                    .property("duration", "1800")
                    .property("waiting_for_approval_duration", true)
                    .property("cycle_time", 900.0)
                    .property("run_url", 5L));

            assertThat(run.facts().durationSeconds()).isNull();
            assertThat(run.facts().savingsLeadTimeH()).isNull();
            assertThat(run.facts().waitingForApprovalSeconds()).isNull();
            assertThat(run.facts().runUrl()).isNull();
            assertThat(run.facts().savingsCycleTimeH()).isEqualTo((0.5 * 3600 - 900) / 3600);
            assertThat(kinds(run)).containsExactly(IssueKind.MALFORMED_ENTITY);
            assertThat(run.issues().get(0).reason()).contains("duration", "waiting_for_approval_duration", "run_url");
            assertThat(run.issues().get(0).identifier()).isEqualTo("r1");
            assertThat(run.issues().get(0).blueprint()).isEqualTo("action_run");
        }

        @Test
        void aWrongTypedStatusIsMalformedAndUnknown() {
            ClassifiedRun run = classify(run("r1", "a1").property("status", 1L));

            assertThat(run.facts().status()).isNull();
            assertThat(kinds(run)).containsExactlyInAnyOrder(IssueKind.UNKNOWN_STATUS, IssueKind.MALFORMED_ENTITY);
        }

        @Test
        void aRunWithoutIdentifierIsExcludedAsMalformed() {
            ClassifiedRun run = classify(Entities.entity(" ").property("status", "SUCCESS")
                    .property("created_at", "2026-09-15T10:00:00Z").relation("parent_action", "a1"));

            assertThat(run.counted()).isFalse();
            assertThat(kinds(run)).containsExactly(IssueKind.MALFORMED_ENTITY);
        }

        @Test
        void theFactsCarryTheRunAsReceived() {
            RunFacts facts = counted(run("r1", "a1").property("waiting_for_approval_duration", 120.5)
                    .property("run_url", "https://app.port.io/run?runId=r1"));

            assertThat(facts.runId()).isEqualTo("r1");
            assertThat(facts.actionId()).isEqualTo("a1");
            assertThat(facts.status()).isEqualTo("SUCCESS");
            assertThat(facts.waitingForApprovalSeconds()).isEqualTo(120.5);
            assertThat(facts.runUrl()).isEqualTo("https://app.port.io/run?runId=r1");
            assertThat(facts.primaryTeam()).isEqualTo("t1");
            assertThat(facts.primaryUserGroup()).isEqualTo("G1");
        }
    }

    @Test
    void aConfiguredSchemaReadsItsOwnNames() {
        RoiSchema schema = new RoiSchema(new RoiSchema.Blueprints(null, null, "runs", null, null),
                new RoiSchema.RunFields("state", "started", "took", null, null, null, "of", "squad", null, "by"), null);
        RunClassifier custom = new RunClassifier(ReferenceData.from(schema, List.of(),
                List.of(action("a1", 2, 0.5, null).build()), List.of(), UserEntities.read(List.of())), PERIOD);

        ClassifiedRun run = custom.classify(Entities.entity("r1")
                .property("state", "SUCCESS").property("started", "2026-09-30T10:00:00Z")
                .property("took", 3600.0).property("squad", List.of("squad-a")).relation("of", "a1")
                .relation("by", Map.of("identifier", "jane@acme.example", "title", "Jane")).build());

        assertThat(run.facts().savingsLeadTimeH()).isEqualTo(1.0);
        assertThat(run.facts().primaryTeam()).isEqualTo("squad-a");
        assertThat(run.facts().user()).isEqualTo("jane@acme.example");
        assertThat(run.facts().inDailyWindow()).isTrue();
        assertThat(run.issues()).isEmpty();
    }
}
