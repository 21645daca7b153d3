package io.actionsroi.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.actionsroi.roi.IndependentTrends;
import io.actionsroi.roi.TrendsDataSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated export (relations as objects and as identifiers, runs without user, users in no, one
 * or two teams, every window edge; see {@link TrendsDataSet}) in Europe/Berlin for 2026-11-15, with the
 * hours priced, half of them credited to self-service and a platform cost: every new figure of the
 * summary equals the oracle's.
 */
class GeneratedExportTrendsFunctionalTests extends TrendsAgainstTheOracle {

    @Override
    Path export(Path folder) throws IOException {
        return TrendsDataSet.write(folder.resolve("export"), true);
    }

    @Override
    IndependentTrends.Settings settings() {
        return IndependentTrends.Settings.of(TrendsDataSet.REPORT_DATE, TrendsDataSet.ZONE)
                .withValue(85, "EUR", 0.5, null, 120_000.0);
    }

    @Test
    void theEdgesTheDataSetWasMadeForShowInTheSummary() {
        JsonNode day = summary.get("periods").get("day");
        assertThat(day.get("previous").get("total_runs").longValue()).isZero();
        assertThat(day.get("change").get("total_runs").get("percent").isNull()).isTrue();
        assertThat(summary.get("periods").get("week").get("current").get("new_users").longValue()).isEqualTo(1);

        JsonNode months = summary.get("runsPerMonth");
        assertThat(months.get(0).get("month").asString()).isEqualTo("2025-12");
        assertThat(Instant.parse(months.get(4).get("start").asString())).isEqualTo("2026-03-31T22:00:00Z");
        assertThat(Instant.parse(months.get(11).get("start").asString())).isEqualTo("2026-10-31T23:00:00Z");
        assertThat(Instant.parse(months.get(11).get("end").asString())).isEqualTo(TrendsDataSet.AS_OF);

        JsonNode teams = summary.get("adoption").get("teams_detail");
        JsonNode ghost = teams.valueStream().filter(row -> row.get("key").asString().equals("ghost")).findFirst().orElseThrow();
        assertThat(ghost.get("last_run_at").isNull()).isTrue();
        assertThat(ghost.get("runs_30d").longValue()).isZero();
        JsonNode legacy = teams.valueStream().filter(row -> row.get("key").asString().equals("legacy")).findFirst().orElseThrow();
        assertThat(legacy.get("runs_30d").longValue()).isZero();
        assertThat(legacy.get("active_members_30d").longValue()).isEqualTo(1);
        assertThat(teams.get(teams.size() - 1).get("key").asString()).isEqualTo("No Team");
    }
}
