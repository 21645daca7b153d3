package io.actionsroi.roi;

import java.time.Instant;

/**
 * The counted runs created in one rolling week {@code [start, end)} before the as-of instant, by
 * status. The last week of a report is its weekly window, so its total is {@code weekly_total_runs}.
 *
 * @param other runs waiting for approval, declined, or with another or no status
 * @param leadTimeSavingsH the week's hours saved (lead time)
 * @param activeUsers distinct users who ran an action in the week
 */
public record WeekOfRuns(Instant start, Instant end, long successful, long failed, long inProgress, long other,
        double leadTimeSavingsH, long activeUsers) {

    public long total() {
        return successful + failed + inProgress + other;
    }
}
