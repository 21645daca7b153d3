package io.actionsroi.roi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The time a report covers: everything created before its as-of instant, the start of the day after
 * {@code reportDate} in {@code zone}. The daily, weekly and monthly windows are rolling and
 * half-open, {@code [asOf - length, asOf)}, with fixed lengths of 24 hours, 7 days and 30 days (a
 * day of 23 or 25 hours at a daylight-saving change does not change them, as in Port's presets).
 */
public record ReportPeriod(LocalDate reportDate, ZoneId zone) {

    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration MONTH = Duration.ofDays(30);

    public ReportPeriod {
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(zone, "zone");
    }

    /** The start of the day after the report date: only runs created before it count. */
    public Instant asOf() {
        return reportDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The as-of instant and the windows' starts, computed once (placing a run needs no time-zone rules). */
    public Windows windows() {
        Instant asOf = asOf();
        return new Windows(asOf, asOf.minus(DAY), asOf.minus(WEEK), asOf.minus(MONTH));
    }

    /** The instants that place a run in time; every interval ends, excluded, at {@code asOf}. */
    public record Windows(Instant asOf, Instant dailyStart, Instant weeklyStart, Instant monthlyStart) {

        /** Whether a run created at {@code createdAt} belongs in the report at all. */
        public boolean covers(Instant createdAt) {
            return createdAt.isBefore(asOf);
        }

        public boolean inDaily(Instant createdAt) {
            return inWindowFrom(dailyStart, createdAt);
        }

        public boolean inWeekly(Instant createdAt) {
            return inWindowFrom(weeklyStart, createdAt);
        }

        public boolean inMonthly(Instant createdAt) {
            return inWindowFrom(monthlyStart, createdAt);
        }

        private boolean inWindowFrom(Instant start, Instant createdAt) {
            return !createdAt.isBefore(start) && covers(createdAt);
        }
    }
}
