package io.actionsroi.roi;

import static io.actionsroi.roi.Entities.SCHEMA;
import static io.actionsroi.roi.Entities.action;
import static io.actionsroi.roi.Entities.entity;
import static io.actionsroi.roi.Entities.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    @Test
    void anActionCarriesItsTitleCategoryCriticalityAndBaselines() {
        ReferenceData reference = reference(List.of(action("a1", 72, 7.2, "c1").build()));

        assertThat(reference.action("a1")).contains(
                new ActionReference("a1", "Action a1", "c1", "Category one", "Tier 2", 72.0, 7.2));
        assertThat(reference.issues()).isEmpty();
    }

    @Test
    void theCategoryRelationMayComeAsAnObject() {
        ReferenceData reference = reference(List.of(action("a1", 1, 1, null)
                .relation("category", Map.of("identifier", "c2", "title", "Category two")).build()));

        assertThat(reference.action("a1").orElseThrow().categoryId()).isEqualTo("c2");
        assertThat(reference.action("a1").orElseThrow().categoryTitle()).isEqualTo("Category two");
    }

    @Test
    void anActionWithoutCategoryHasNoneAndNoIssue() {
        ReferenceData reference = reference(List.of(action("a1", 1, 1, null).build()));

        assertThat(reference.action("a1").orElseThrow().categoryId()).isNull();
        assertThat(reference.issues()).isEmpty();
    }

    @Test
    void anActionNamingAnUnknownCategoryIsListedAndHasNone() {
        ReferenceData reference = reference(List.of(action("a1", 1, 1, "gone").build()));

        assertThat(reference.action("a1").orElseThrow().categoryId()).isNull();
        assertThat(reference.issues()).extracting(DataQualityIssue::kind).containsExactly(IssueKind.MALFORMED_ENTITY);
        assertThat(reference.issues().get(0).reason()).contains("gone");
    }

    @Test
    void aMissingBaselineIsListedOncePerAction() {
        ReferenceData reference = reference(List.of(
                action("lead", null, 1, "c1").without("lead_time_before").build(),
                action("both", null, null, "c1").build()));

        assertThat(reference.issues()).extracting(DataQualityIssue::kind, DataQualityIssue::identifier)
                .containsExactly(
                        tuple(IssueKind.MISSING_BASELINE, "lead"),
                        tuple(IssueKind.MISSING_BASELINE, "both"));
        assertThat(reference.issues().get(1).reason()).contains("lead_time_before", "cycle_time");
        assertThat(reference.action("lead").orElseThrow().leadTimeBeforeH()).isNull();
    }

    @Test
    void aZeroBaselineIsKeptAndListed() {
        ReferenceData reference = reference(List.of(action("a1", 0, 0.0, "c1").build()));

        assertThat(reference.action("a1").orElseThrow().leadTimeBeforeH()).isEqualTo(0.0);
        assertThat(reference.issues()).extracting(DataQualityIssue::kind).containsExactly(IssueKind.ZERO_BASELINE);
        assertThat(reference.issues().get(0).blueprint()).isEqualTo("action");
    }

    @Test
    void aWrongTypedBaselineIsIgnoredSoTheActionHasNoBaseline() {
        ReferenceData reference = reference(List.of(action("a1", "72", 1, "c1").property("criticality", 3L).build()));

        assertThat(reference.action("a1").orElseThrow().leadTimeBeforeH()).isNull();
        assertThat(reference.action("a1").orElseThrow().criticality()).isNull();
        assertThat(reference.issues()).extracting(DataQualityIssue::kind)
                .containsExactly(IssueKind.MALFORMED_ENTITY, IssueKind.MISSING_BASELINE);
        assertThat(reference.issues().get(0).reason()).contains("lead_time_before", "\"72\"", "criticality");
    }

    @Test
    void titlesOfCategoriesAndTeamsAreLookedUpByIdentifier() {
        ReferenceData reference = reference(List.of());

        assertThat(reference.categories()).containsExactly(Map.entry("c1", "Category one"), Map.entry("c2", "Category two"));
        assertThat(reference.categoryTitle("c2")).contains("Category two");
        assertThat(reference.teamTitle("t1")).contains("Team one");
        assertThat(reference.teamTitle("t9")).isEmpty();
        assertThat(reference.teams()).containsOnlyKeys("t1");
    }

    @Test
    void actionsAreSortedAndAnEntityWithoutIdentifierOrTitleIsHandled() {
        ReferenceData reference = ReferenceData.from(SCHEMA, List.of(), List.of(
                action("b", 1, 1, null).build(),
                action("a", 1, 1, null).title(null).build(),
                action(null, 1, 1, null).build()), List.of(), UserEntities.read(List.of()));

        assertThat(reference.actions()).extracting(ActionReference::identifier).containsExactly("a", "b");
        assertThat(reference.action("a").orElseThrow().title()).isEqualTo("a");
        assertThat(reference.issues()).extracting(DataQualityIssue::kind).containsExactly(IssueKind.MALFORMED_ENTITY);
    }

    @Test
    void aConfiguredSchemaReadsItsOwnNames() {
        RoiSchema schema = new RoiSchema(new RoiSchema.Blueprints(null, "sa", null, null, null), null,
                new RoiSchema.ActionFields("before_h", "cycle_before_h", null, "kind"));
        ReferenceData reference = ReferenceData.from(schema, List.of(entity("k").title("Kind").build()),
                List.of(entity("a1").property("before_h", 3).property("cycle_before_h", 0).relation("kind", "k").build()),
                List.of(), UserEntities.read(List.of()));

        assertThat(reference.action("a1")).contains(new ActionReference("a1", "a1", "k", "Kind", null, 3.0, 0.0));
        assertThat(reference.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(IssueKind.ZERO_BASELINE);
            assertThat(issue.blueprint()).isEqualTo("sa");
            assertThat(issue.reason()).contains("cycle_before_h");
        });
    }
}
