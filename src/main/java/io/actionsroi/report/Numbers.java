package io.actionsroi.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How every output writes counts, percentages and times, whatever the machine's locale: thousands
 * separated by commas, a point before the decimals. Hours are left to each output, which rounds them
 * its own way (the email to one decimal, the PDF to three as Port does).
 */
public final class Numbers {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private Numbers() {
    }

    /** "1,234". */
    public static String count(long count) {
        return String.format(Locale.ENGLISH, "%,d", count);
    }

    /** "1 run", "1,234 runs". */
    public static String counted(long count, String singular, String plural) {
        return count(count) + " " + (count == 1 ? singular : plural);
    }

    /** "76.0%", "19,204.9%". */
    public static String percent(double percent) {
        return String.format(Locale.ENGLISH, "%,.1f%%", percent);
    }

    /** "2026-10-01 00:00 UTC": the instant in the report's zone, with the zone. */
    public static String time(Instant instant, ZoneId zone) {
        return MINUTES.format(instant.atZone(zone)) + " " + zone.getId();
    }
}
