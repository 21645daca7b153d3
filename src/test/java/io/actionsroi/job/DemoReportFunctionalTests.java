package io.actionsroi.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The whole job on the bundled demo export, as the README's demo command runs it. */
@ExtendWith(OutputCaptureExtension.class)
class DemoReportFunctionalTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void theDemoProfileWritesTheSummaryWithTheSampleExpectedFigures(CapturedOutput output) throws Exception {
        // given
        ReportCli cli = new ReportCli(folder);

        // when
        int exitCode = cli.run("--spring.profiles.active=demo");

        // then
        assertThat(exitCode).isZero();
        JsonNode summary = JSON.readTree(cli.summary("2026-09-30").toFile());
        JsonNode expected = JSON.readTree(Path.of("src/test/resources/expected-figures.json").toFile());
        assertThat(summary.get("reportDate").asString()).isEqualTo("2026-09-30");
        assertThat(summary.get("asOf").asString()).isEqualTo(expected.get("asOf").asString());
        assertThat(summary.get("source").asString()).isEqualTo("demo/port-export");
        assertSameFigures(expected.get("totals"), summary.get("totals"), summary.get("dataQuality").get("counts"));
        assertSameRows(expected.get("actions"), summary.get("actions"), "identifier");
        assertSameRows(expected.get("categories"), summary.get("categories"), "key");
        assertSameRows(expected.get("teams"), summary.get("teams"), "key");
        assertSameRows(expected.get("userGroups"), summary.get("userGroups"), "key");
        for (Map.Entry<String, JsonNode> highlight : expected.get("highlights").properties()) {
            assertThat(summary.get("highlights").get(highlight.getKey()).get("identifier").asString())
                    .as(highlight.getKey()).isEqualTo(highlight.getValue().asString());
        }
        assertThat(output.getOut()).contains("Report 2026-09-30 (UTC): 71,525.277 h saved (lead time)");
    }

    @Test
    void aSecondRunForTheSameDateDoesNothingAndSaysSo(CapturedOutput output) throws Exception {
        // given
        ReportCli cli = new ReportCli(folder);
        assertThat(cli.run("--spring.profiles.active=demo")).isZero();
        Path summary = cli.summary("2026-09-30");
        FileTime firstWritten = Files.getLastModifiedTime(summary);
        Files.setLastModifiedTime(summary, FileTime.fromMillis(firstWritten.toMillis() - 60_000));

        // when
        int exitCode = cli.run("--spring.profiles.active=demo");

        // then
        assertThat(exitCode).isZero();
        assertThat(output.getOut()).contains("The report for 2026-09-30 (UTC) was already made: nothing to do.");
        assertThat(Files.getLastModifiedTime(summary).toMillis()).isEqualTo(firstWritten.toMillis() - 60_000);
    }

    @Test
    void aRunThatCouldNotWriteItsSummaryFailsThenRestartsAndCompletes(CapturedOutput output) throws Exception {
        // given: the report folder's path is taken by a file, so the summary cannot be written
        ReportCli cli = new ReportCli(folder);
        Path blocked = Files.createDirectories(cli.outputDir()).resolve("2026-09-30");
        Files.writeString(blocked, "in the way");

        // when
        int failed = cli.run("--spring.profiles.active=demo");

        // then
        assertThat(failed).isEqualTo(ReportCommand.EXIT_FAILED);
        assertThat(output.getErr()).contains("The report for 2026-09-30 (UTC) failed in step 'summary': Could not write")
                .contains("Run the same command again");
        assertThat(output.getErr().strip().lines()).hasSize(1);

        // when: the obstacle is gone and the same command runs again
        Files.delete(blocked);
        int restarted = cli.run("--spring.profiles.active=demo");

        // then: the restart recomputes the figures instead of finding them gone
        assertThat(restarted).isZero();
        JsonNode summary = JSON.readTree(cli.summary("2026-09-30").toFile());
        JsonNode expected = JSON.readTree(Path.of("src/test/resources/expected-figures.json").toFile());
        assertThat(summary.get("totals").get("total_runs").asLong()).isEqualTo(expected.get("totals").get("total_runs").asLong());
        assertThat(summary.get("dataQuality").get("counts").get("duplicate_runs").asLong()).isZero();
    }

    /** Every figure of the expected object equals the summary's; counts the oracle keeps in its totals come from data quality. */
    private static void assertSameFigures(JsonNode expected, JsonNode actual, JsonNode dataQualityCounts) {
        for (Map.Entry<String, JsonNode> figure : expected.properties()) {
            JsonNode value = actual.has(figure.getKey()) ? actual.get(figure.getKey()) : dataQualityCounts.get(figure.getKey());
            assertThat(value).as(figure.getKey()).isNotNull();
            assertSameValue(figure.getKey(), figure.getValue(), value);
        }
    }

    private static void assertSameRows(JsonNode expected, JsonNode actual, String key) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (JsonNode expectedRow : expected) {
            JsonNode actualRow = find(actual, key, expectedRow.get(key).asString());
            for (Iterator<Map.Entry<String, JsonNode>> it = expectedRow.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> figure = it.next();
                assertThat(actualRow.has(figure.getKey())).as(expectedRow.get(key) + " " + figure.getKey()).isTrue();
                assertSameValue(expectedRow.get(key) + " " + figure.getKey(), figure.getValue(), actualRow.get(figure.getKey()));
            }
        }
    }

    private static void assertSameValue(String what, JsonNode expected, JsonNode actual) {
        if (expected.isNumber()) {
            double tolerance = Math.max(Math.abs(expected.asDouble()) * 1e-9, 1e-12);
            assertThat(actual.asDouble()).as(what).isCloseTo(expected.asDouble(), within(tolerance));
        }
        else {
            assertThat(actual.asString()).as(what).isEqualTo(expected.asString());
        }
    }

    private static JsonNode find(JsonNode rows, String key, String value) {
        for (JsonNode row : rows) {
            if (row.get(key).asString().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + key + " = " + value);
    }
}
