package io.actionsroi.report.pdf;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.actionsroi.report.Numbers;
import io.actionsroi.roi.Measure;

/**
 * How the PDF writes hours (three decimals, as Port's dashboard shows them), figures in their unit, days,
 * weeks and months; counts, percentages and times are {@link Numbers}'.
 */
final class Formats {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);

    private Formats() {
    }

    static String hours(double hours) {
        return String.format(Locale.ENGLISH, "%,.3f", hours);
    }

    /** A figure in its unit: a count, hours, seconds or a percentage. */
    static String figure(Measure.Unit unit, double value) {
        return switch (unit) {
            case COUNT -> Numbers.count(Math.round(value));
            case HOURS -> hours(value);
            case SECONDS -> String.format(Locale.ENGLISH, "%,.0f", value);
            case PERCENT -> Numbers.percent(value);
        };
    }

    /** "Oct 2025": a month of the monthly charts. */
    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "2026-09-30": the day of an instant in the report's zone. */
    static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }

    /** "9 Jul": the day a week of the weekly chart starts, in the report's zone. */
    static String weekStart(Instant start, ZoneId zone) {
        return WEEK.format(start.atZone(zone));
    }
}
