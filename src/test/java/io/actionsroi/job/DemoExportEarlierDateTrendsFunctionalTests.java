package io.actionsroi.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.actionsroi.DemoExport;
import io.actionsroi.roi.IndependentTrends;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo export for 2026-08-15 in UTC, when its runs go back two and a half months, so the previous
 * quarter holds none of them; the hours priced, 80% credited, with a platform that costs nothing (no
 * ROI percentage). Every new figure of the summary equals the oracle's.
 */
class DemoExportEarlierDateTrendsFunctionalTests extends TrendsAgainstTheOracle {

    @Override
    Path export(Path folder) {
        return DemoExport.FOLDER;
    }

    @Override
    IndependentTrends.Settings settings() {
        return IndependentTrends.Settings.of(LocalDate.of(2026, 8, 15), ZoneId.of("UTC"))
                .withValue(120, "USD", 0.8, null, 0.0);
    }

    @Test
    void theQuarterBeforeTheFirstRunHasNoPercentageAndFreePlatformNoRoi() {
        assertThat(summary.get("periods").get("quarter").get("change").get("total_runs").get("percent").isNull()).isTrue();
        assertThat(summary.get("value").get("roi_percent").isNull()).isTrue();
    }
}
