package io.actionsroi.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import io.actionsroi.roi.IndependentTrends;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's figures in the JSON summary that the whole job writes from an export folder, against the
 * independent calculation ({@link IndependentTrends}) of the same folder and settings: every key the
 * oracle has, counts exactly, decimals to 1e-9 (relative, or absolute near zero), null where it has
 * null, instants equal. Each subclass is one export and one set of settings, run once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TrendsAgainstTheOracle {

    private static final double TOLERANCE = 1e-9;
    private static final Set<String> NEW_WEEK_FIGURES = Set.of("start", "end", "lead_time_savings_h", "active_users");

    /** The summary the job wrote, and the oracle's figures for the same export and settings. */
    JsonNode summary;
    JsonNode oracle;

    /** The export folder the job and the oracle read; {@code folder} is the class's own temporary folder. */
    abstract Path export(Path folder) throws IOException;

    abstract IndependentTrends.Settings settings();

    @BeforeAll
    void runTheJobAndTheOracle(@TempDir Path folder) throws IOException {
        Path export = export(folder);
        ReportCli cli = new ReportCli(folder);
        List<String> arguments = new ArrayList<>(settings().arguments(export));
        arguments.add("--report.email.enabled=false");

        assertThat(cli.run(arguments.toArray(String[]::new))).as("exit code").isZero();

        summary = PortLikeServer.readJson(cli.summary(settings().reportDate().toString()));
        oracle = IndependentTrends.compute(export, settings());
    }

    @Test
    void theJobCountsTheRunsTheOracleCounts() {
        // figures the job wrote before issue 11: they show that both keep the same runs
        ArrayNode weeks = JsonNodeFactory.instance.arrayNode();
        oracle.get("runsPerWeek").forEach(week -> weeks.add(only(week, Set.of("start", "end", "successful", "failed",
                "in_progress", "other"))));
        ObjectNode counts = ((ObjectNode) oracle.get("dataQuality").get("counts")).deepCopy();
        counts.remove("user_directory_unavailable");

        SoftAssertions.assertSoftly(soft -> {
            assertAgrees(soft, "totals", oracle.get("totals"), summary.get("totals"));
            assertAgrees(soft, "runsPerWeek", weeks, summary.get("runsPerWeek"));
            assertAgrees(soft, "dataQuality.counts", counts, summary.get("dataQuality").get("counts"));
        });
    }

    @Test
    void periodsEqualTheOracle() {
        SoftAssertions.assertSoftly(soft -> assertAgrees(soft, "periods", oracle.get("periods"), summary.get("periods")));
    }

    @Test
    void everyWeekHasTheOraclesLeadTimeSavingsAndActiveUsers() {
        ArrayNode weeks = JsonNodeFactory.instance.arrayNode();
        oracle.get("runsPerWeek").forEach(week -> weeks.add(only(week, NEW_WEEK_FIGURES)));

        SoftAssertions.assertSoftly(soft -> assertAgrees(soft, "runsPerWeek", weeks, summary.get("runsPerWeek")));
    }

    @Test
    void runsPerMonthEqualTheOracle() {
        SoftAssertions.assertSoftly(soft -> assertAgrees(soft, "runsPerMonth", oracle.get("runsPerMonth"),
                summary.get("runsPerMonth")));
    }

    @Test
    void adoptionEqualsTheOracle() {
        SoftAssertions.assertSoftly(soft -> assertAgrees(soft, "adoption", oracle.get("adoption"), summary.get("adoption")));
    }

    @Test
    void valueEqualsTheOracleAndHasItsKeysOnly() {
        if (!oracle.has("value")) {
            assertThat(summary.has("value")).as("value without report.hourly-cost").isFalse();
            return;
        }
        assertThat(summary.get("value")).as("value").isNotNull();
        assertThat(summary.get("value").propertyNames()).as("value's keys")
                .containsExactlyInAnyOrderElementsOf(oracle.get("value").propertyNames());
        SoftAssertions.assertSoftly(soft -> assertAgrees(soft, "value", oracle.get("value"), summary.get("value")));
    }

    @Test
    void theUserDirectoryIsCountedUnavailableExactlyWhenTheOracleFindsNone() {
        long unavailable = oracle.get("dataQuality").get("counts").get("user_directory_unavailable").longValue();
        JsonNode dataQuality = summary.get("dataQuality");

        JsonNode count = dataQuality.get("counts").path("user_directory_unavailable");
        assertThat(count.isIntegralNumber()).as("dataQuality.counts.user_directory_unavailable is a count: " + count).isTrue();
        assertThat(count.longValue()).as("dataQuality.counts.user_directory_unavailable").isEqualTo(unavailable);
        List<JsonNode> userItems = dataQuality.get("items").valueStream()
                .filter(item -> "user_directory_unavailable".equals(item.path("kind").asString(null)))
                .toList();
        assertThat(userItems).as("the items saying why").hasSize((int) unavailable);
        assertThat(userItems).allSatisfy(item -> {
            assertThat(item.get("blueprint").asString()).isEqualTo("_user");
            assertThat(item.get("identifier").isNull()).isTrue();
            assertThat(item.get("reason").asString()).isNotBlank();
        });
        if (unavailable == 0) {
            assertThat(dataQuality.get("items").valueStream().map(item -> item.path("reason").asString(""))
                    .filter(reason -> reason.contains("no user totals"))).as("no item says the users were not read").isEmpty();
        }
    }

    /**
     * Every key of {@code expected} in {@code actual}, recursively (keys only {@code actual} has are not
     * looked at): null for null; counts exactly, and as whole numbers outside changes; other numbers to
     * {@value #TOLERANCE}; text equal, as instants when it is one.
     */
    static void assertAgrees(SoftAssertions soft, String path, JsonNode expected, JsonNode actual) {
        if (actual == null || actual.isMissingNode()) {
            soft.fail(path + ": missing from the summary");
        } else if (expected.isNull()) {
            soft.assertThat(actual.isNull()).as(path + " is null, not " + actual).isTrue();
        } else if (expected.isObject()) {
            soft.assertThat(actual.isObject()).as(path + " is an object, not " + actual).isTrue();
            if (actual.isObject()) {
                expected.properties().forEach(field -> assertAgrees(soft, path + "." + field.getKey(), field.getValue(),
                        actual.get(field.getKey())));
            }
        } else if (expected.isArray()) {
            soft.assertThat(actual.size()).as(path + " length").isEqualTo(expected.size());
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                assertAgrees(soft, path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else if (expected.isNumber()) {
            assertNumber(soft, path, expected, actual);
        } else if (expected.isString() && isInstant(expected.stringValue())) {
            soft.assertThat(actual.isString() && isInstant(actual.stringValue())).as(path + " is an instant, not " + actual)
                    .isTrue();
            if (actual.isString() && isInstant(actual.stringValue())) {
                soft.assertThat(Instant.parse(actual.stringValue())).as(path).isEqualTo(Instant.parse(expected.stringValue()));
            }
        } else {
            soft.assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    private static void assertNumber(SoftAssertions soft, String path, JsonNode expected, JsonNode actual) {
        if (!actual.isNumber()) {
            soft.fail(path + ": expected the number " + expected + ", got " + actual);
            return;
        }
        if (expected.isIntegralNumber()) {
            if (!path.contains(".change.")) {
                soft.assertThat(actual.isIntegralNumber()).as(path + " is a count, not " + actual).isTrue();
            }
            soft.assertThat(actual.doubleValue()).as(path).isEqualTo(expected.doubleValue());
            return;
        }
        double want = expected.doubleValue();
        double allowed = Math.max(TOLERANCE, Math.abs(want) * TOLERANCE);
        soft.assertThat(Math.abs(actual.doubleValue() - want)).as(path + ": " + actual + ", expected " + want)
                .isLessThanOrEqualTo(allowed);
    }

    private static boolean isInstant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static ObjectNode only(JsonNode node, Set<String> keys) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        node.properties().forEach(field -> {
            if (keys.contains(field.getKey())) {
                copy.set(field.getKey(), field.getValue());
            }
        });
        return copy;
    }
}
