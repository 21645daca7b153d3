package io.actionsroi.report.pdf;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.actionsroi.roi.Measure;

/**
 * How the report writes numbers and times, whatever the machine's locale: hours with three decimals as
 * Port's dashboard shows them, thousands separated by commas, a point before the decimals.
 */
final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Formats() {
    }

    static String hours(double hours) {
        return String.format(Locale.ENGLISH, "%,.3f", hours);
    }

    static String count(long count) {
        return String.format(Locale.ENGLISH, "%,d", count);
    }

    static String percent(double percent) {
        return String.format(Locale.ENGLISH, "%.1f%%", percent);
    }

    /** A figure in its unit: a count, hours, seconds or a percentage. */
    static String figure(Measure.Unit unit, double value) {
        return switch (unit) {
            case COUNT -> count(Math.round(value));
            case HOURS -> hours(value);
            case SECONDS -> String.format(Locale.ENGLISH, "%,.0f", value);
            case PERCENT -> percent(value);
        };
    }

    /** "2026-10-01 00:00 UTC": the time in the report's zone, with the zone. */
    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone)) + " " + zone.getId();
    }

    /** "9 Jul": the day a week of the weekly chart starts, in the report's zone. */
    static String weekStart(Instant start, ZoneId zone) {
        return WEEK.format(start.atZone(zone));
    }

    /** "1 action", "3 actions". */
    static String counted(long count, String singular, String plural) {
        return count(count) + " " + (count == 1 ? singular : plural);
    }
}
