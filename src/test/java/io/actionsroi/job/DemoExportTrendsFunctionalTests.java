package io.actionsroi.job;

import java.nio.file.Path;
import java.time.ZoneId;

import io.actionsroi.DemoExport;
import io.actionsroi.roi.IndependentTrends;

/**
 * The bundled demo export for its report date, 2026-09-30 in UTC, as the demo runs it (no hourly
 * cost, so no value): every new figure of the summary equals the oracle's.
 */
class DemoExportTrendsFunctionalTests extends TrendsAgainstTheOracle {

    @Override
    Path export(Path folder) {
        return DemoExport.FOLDER;
    }

    @Override
    IndependentTrends.Settings settings() {
        return IndependentTrends.Settings.of(DemoExport.REPORT_DATE, ZoneId.of("UTC"));
    }
}
