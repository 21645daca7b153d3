package io.actionsroi.job;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.actionsroi.roi.IndependentTrends;
import io.actionsroi.roi.TrendsDataSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated export without {@code _user.json}: the report is still made, says why the user figures
 * are missing, leaves them null, and every other figure equals the oracle's. The hours are priced with
 * the default attribution, another FTE year and no platform cost.
 */
class GeneratedExportWithoutUserDirectoryTrendsFunctionalTests extends TrendsAgainstTheOracle {

    @Override
    Path export(Path folder) throws IOException {
        return TrendsDataSet.write(folder.resolve("export"), false);
    }

    @Override
    IndependentTrends.Settings settings() {
        return IndependentTrends.Settings.of(TrendsDataSet.REPORT_DATE, TrendsDataSet.ZONE)
                .withValue(100, "USD", null, 1600.0, null);
    }

    @Test
    void theUserFiguresAreNullAndTheDataQualitySaysWhy() {
        JsonNode adoption = summary.get("adoption");
        assertThat(adoption.get("users").isNull()).as("users").isTrue();
        assertThat(adoption.get("user_rate_30d").isNull()).as("user_rate_30d").isTrue();
        assertThat(adoption.get("teams").longValue()).isEqualTo(8);
        assertThat(adoption.get("teams_detail")).hasSize(9).allSatisfy(row -> {
            assertThat(row.get("members").isNull()).as(row.get("key") + " members").isTrue();
            assertThat(row.get("active_members_30d").isNull()).as(row.get("key") + " active_members_30d").isTrue();
        });
        assertThat(summary.get("periods").get("month").get("current").get("active_users").longValue()).isPositive();
        assertThat(summary.get("dataQuality").get("counts").get("user_directory_unavailable").longValue()).isEqualTo(1);
        assertThat(summary.get("dataQuality").get("items").valueStream()
                .filter(item -> "_user".equals(item.get("blueprint").asString(null)))).hasSize(1);
    }
}
