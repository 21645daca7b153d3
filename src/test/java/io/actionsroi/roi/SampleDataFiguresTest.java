package io.actionsroi.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.actionsroi.DemoExport;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo export, classified and folded for report date 2026-09-30 UTC, against the independently
 * computed oracle {@code expected-figures.json}: every figure it lists, to a relative 1e-9.
 */
class SampleDataFiguresTest {

    /** 1e-9 relative, as AssertJ's percentage of the expected value. */
    private static final double TOLERANCE_PERCENT = 1e-7;
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();

    private static RoiResult result;
    private static JsonNode expected;

    @BeforeAll
    static void foldTheExport() {
        result = DemoExport.result(Instant.parse("2026-10-01T06:00:00Z"));
        expected = JSON.readTree(DemoExport.EXPECTED_FIGURES.toFile());
    }

    @Test
    void asOf() {
        assertThat(result.asOf()).isEqualTo(Instant.parse(expected.get("asOf").asString()));
    }

    @Test
    void totals() {
        JsonNode totals = expected.get("totals");
        Map<String, Object> actual = new LinkedHashMap<>(figures(result.totals().figures()));
        actual.put("orphan_runs", result.dataQuality().counts().get(IssueKind.ORPHAN_RUN.key()));
        actual.put("runs_after_as_of", result.dataQuality().counts().get(IssueKind.RUN_AFTER_AS_OF.key()));

        SoftAssertions.assertSoftly(soft -> compare(soft, "totals", totals, actual, Set.of()));
    }

    @Test
    void everyActionAndEveryOneOfItsFigures() {
        Map<String, ActionFigures> actions = byKey(result.actions(), ActionFigures::identifier);
        assertThat(actions.keySet()).containsExactlyInAnyOrderElementsOf(keys(expected.get("actions"), "identifier"));

        SoftAssertions.assertSoftly(soft -> {
            for (JsonNode action : expected.get("actions")) {
                ActionFigures actual = actions.get(action.get("identifier").asString());
                String where = "action " + actual.identifier();
                soft.assertThat(actual.title()).as(where + " title").isEqualTo(action.get("title").asString());
                soft.assertThat(actual.category()).as(where + " category").isEqualTo(action.get("category").asString());
                compare(soft, where, action, figures(actual.figures()), Set.of("identifier", "title", "category"));
            }
        });
    }

    @Test
    void categoryTeamAndUserGroupRollups() {
        SoftAssertions.assertSoftly(soft -> {
            compareRollups(soft, "category", expected.get("categories"), result.categories());
            compareRollups(soft, "team", expected.get("teams"), result.teams());
            compareRollups(soft, "user group", expected.get("userGroups"), result.userGroups());
        });
    }

    @Test
    void highlights() {
        JsonNode highlights = expected.get("highlights");

        assertThat(result.highlights().mostRunActionThisWeek().identifier())
                .isEqualTo(highlights.get("most_run_action_this_week").asString());
        assertThat(result.highlights().topActionByLeadTimeSavings().identifier())
                .isEqualTo(highlights.get("top_action_by_lead_time_savings").asString());
        assertThat(result.highlights().topCategoryByLeadTimeSavings().identifier())
                .isEqualTo(highlights.get("top_category_by_lead_time_savings").asString());
    }

    private static void compareRollups(SoftAssertions soft, String kind, JsonNode expectedRollups, List<Rollup> rollups) {
        Map<String, Rollup> actual = byKey(rollups, Rollup::key);
        soft.assertThat(actual.keySet()).as(kind + " keys").containsExactlyInAnyOrderElementsOf(keys(expectedRollups, "key"));
        for (JsonNode rollup : expectedRollups) {
            String key = rollup.get("key").asString();
            if (actual.containsKey(key)) {
                compare(soft, kind + " " + key, rollup, figures(actual.get(key).figures()), Set.of("key"));
            }
        }
    }

    /** Every listed figure but the {@code skipped} keys: counts exactly, decimals to a relative 1e-9. */
    private static void compare(SoftAssertions soft, String where, JsonNode expectedFigures, Map<String, Object> actual,
            Set<String> skipped) {
        for (Map.Entry<String, JsonNode> figure : expectedFigures.properties()) {
            String name = figure.getKey();
            if (skipped.contains(name)) {
                continue;
            }
            Object value = actual.get(name);
            String label = where + " " + name;
            if (value instanceof Long count) {
                soft.assertThat(figure.getValue().isIntegralNumber()).as(label + " is a count").isTrue();
                soft.assertThat(count).as(label).isEqualTo(figure.getValue().longValue());
            } else if (value instanceof Double decimal) {
                soft.assertThat(decimal).as(label).isCloseTo(figure.getValue().doubleValue(), withinPercentage(TOLERANCE_PERCENT));
            } else {
                soft.fail(label + ": no such figure in the result");
            }
        }
    }

    /** A Figures as Port's property identifiers ({@code total_lead_time_savings_h}) to values. */
    private static Map<String, Object> figures(Figures figures) {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (RecordComponent component : Figures.class.getRecordComponents()) {
            try {
                byName.put(component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(),
                        component.getAccessor().invoke(figures));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return byName;
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }

    private static List<String> keys(JsonNode array, String field) {
        return array.valueStream().map(node -> node.get(field).asString()).toList();
    }
}
