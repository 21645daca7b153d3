package io.actionsroi.roi;

import java.time.Instant;
import java.time.YearMonth;

/**
 * The counted runs of one calendar month in the report's zone, {@code [start, end)}; the report date's
 * month ends at the as-of instant.
 */
public record MonthOfRuns(
        YearMonth month,
        Instant start,
        Instant end,
        long totalRuns,
        long successfulRuns,
        long failedRuns,
        double leadTimeSavingsH,
        double cycleTimeSavingsH,
        double waitingTimeH,
        long activeUsers) {
}
