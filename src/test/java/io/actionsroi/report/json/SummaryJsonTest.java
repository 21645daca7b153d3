package io.actionsroi.report.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.DataQuality;
import io.actionsroi.roi.DataQualityIssue;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.Highlight;
import io.actionsroi.roi.Highlights;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.Rollup;
import io.actionsroi.roi.SyntheticTrends;
import io.actionsroi.roi.Totals;
import io.actionsroi.roi.WeekOfRuns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummaryJsonTest {

    @TempDir
    Path folder;

    @Test
    void writesPortIdentifiersAsKeysAndReadsTheSameResultBack() throws Exception {
        // given
        RoiResult result = result(new MoneyValue(80.0, "EUR", 8.0, 4.0));
        Path file = folder.resolve("sub").resolve(SummaryJson.fileName(result.reportDate()));

        // when
        SummaryJson.write(result, file);

        // then
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(json.get("reportDate").asString()).isEqualTo("2026-09-30");
        assertThat(json.get("asOf").asString()).isEqualTo("2026-10-01T00:00:00Z");
        assertThat(json.get("zone").asString()).isEqualTo("Europe/Berlin");
        assertThat(json.get("totals").get("total_lead_time_savings_h").asDouble()).isEqualTo(0.1 + 0.2);
        assertThat(json.get("totals").get("money").get("lead_time_savings_value").asDouble()).isEqualTo(8.0);
        JsonNode action = json.get("actions").get(0);
        assertThat(action.get("identifier").asString()).isEqualTo("formula");
        assertThat(action.get("title").asString()).isEqualTo("=HYPERLINK(\"x\") — Zürich 创建");
        assertThat(action.get("category").asString()).isEqualTo("Infrastructure");
        assertThat(action.get("max_waiting_time_h").asDouble()).isEqualTo(24.0);
        assertThat(action.get("lead_time_before_h").asDouble()).isEqualTo(72.0);
        assertThat(action.get("cycle_time_before_h").isNull()).isTrue();
        assertThat(action.has("figures")).isFalse();
        assertThat(json.get("userGroups").get(0).get("key").asString()).isEqualTo("No Group");
        assertThat(json.get("highlights").get("most_run_action_this_week").get("identifier").asString()).isEqualTo("formula");
        assertThat(json.get("dataQuality").get("counts").get("orphan_runs").asLong()).isEqualTo(1);
        assertThat(json.get("dataQuality").get("items").get(0).get("kind").asString()).isEqualTo("orphan_runs");
        assertThat(SummaryJson.read(file)).isEqualTo(result);
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void leavesMoneyOutWhenNoHourlyCostIsSet() throws Exception {
        Path file = folder.resolve("summary.json");

        SummaryJson.write(result(null), file);

        assertThat(JsonMapper.builder().build().readTree(Files.readString(file)).get("totals").has("money")).isFalse();
        assertThat(SummaryJson.read(file).totals().money()).isNull();
    }

    @Test
    void aFolderThatCannotBeCreatedFailsNamingTheFileAndLeavesNothingBehind() throws Exception {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        Path file = blocker.resolve("summary.json");

        assertThatThrownBy(() -> SummaryJson.write(result(null), file))
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("writable");
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }

    @Test
    void aMissingSummarySaysSoAndWhatToDo() {
        Path file = folder.resolve("gone.json");

        assertThatThrownBy(() -> SummaryJson.read(file))
                .hasMessageContaining("Could not read the JSON summary " + file.toAbsolutePath())
                .hasMessageContaining("NoSuchFileException")
                .hasMessageContaining("--report.resend=true");
    }

    @Test
    void aSummaryThatIsNotJsonSaysSoAndWhatToDo() throws Exception {
        Path file = Files.writeString(folder.resolve("garbled.json"), "{\"reportDate\": ");

        assertThatThrownBy(() -> SummaryJson.read(file))
                .hasMessageContaining("The JSON summary " + file.toAbsolutePath() + " is not readable")
                .hasMessageContaining("--report.resend=true");
    }

    private static RoiResult result(MoneyValue money) {
        Figures figures = new Figures(3, 2, 1, 0, 1, 0, 2, 1, 3, 1, 0.1 + 0.2, 1.5, 86400, 86400, 1, 100.0 / 3, 200.0 / 3,
                0, 50, 100.0 / 3, 3, 24, 24, 24);
        ActionFigures action = new ActionFigures("formula", "=HYPERLINK(\"x\") — Zürich 创建", "infra", "Infrastructure",
                "Tier 1", 72.0, null, figures);
        DataQualityIssue orphan = new DataQualityIssue(IssueKind.ORPHAN_RUN, "action_run", "r_1",
                "parent_action names no action");
        return new RoiResult(LocalDate.parse("2026-09-30"), Instant.parse("2026-10-01T00:00:00Z"),
                ZoneId.of("Europe/Berlin"), Instant.parse("2026-10-01T02:00:00.123Z"), "demo/port-export",
                new Totals(figures, 1, 1, money), List.of(action), List.of(new Rollup("infra", "Infrastructure", figures)),
                List.of(new Rollup("No Team", "No Team", figures)), List.of(new Rollup("No Group", "No Group", figures)),
                new Highlights(new Highlight("formula", action.title(), 2), null, null),
                SyntheticTrends.periods(Instant.parse("2026-10-01T00:00:00Z"), 3, 0.5),
                List.of(new WeekOfRuns(Instant.parse("2026-09-24T00:00:00Z"), Instant.parse("2026-10-01T00:00:00Z"),
                        3, 2, 1, 4, 0.3, 2)),
                SyntheticTrends.months(LocalDate.parse("2026-09-30"), ZoneId.of("Europe/Berlin"),
                        Instant.parse("2026-10-01T00:00:00Z"), 10),
                SyntheticTrends.adoption(Instant.parse("2026-10-01T00:00:00Z")), null,
                new DataQuality(Map.of("orphan_runs", 1L), List.of(orphan)), null, null);
    }
}
