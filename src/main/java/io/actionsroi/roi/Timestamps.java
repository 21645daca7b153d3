package io.actionsroi.roi;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the ISO-8601 date-times with an offset that Port writes, such as {@code 2026-09-30T12:00:00.000Z}.
 * Port's own form, UTC with whole seconds or a fraction, is read directly: a run's timestamp is read
 * for every run, and {@link OffsetDateTime#parse} was a tenth of the job's time. Anything else, other
 * offsets included, goes to {@link OffsetDateTime#parse}, so the results are the same for every input.
 */
final class Timestamps {

    private static final int SECONDS_PER_DAY = 86_400;
    // yyyy-MM-ddTHH:mm:ss, then an optional fraction, then Z
    private static final int DATE_TIME_LENGTH = 19;
    private static final int MAX_FRACTION_DIGITS = 9;

    private Timestamps() {
    }

    /** The instant of a date-time with an offset ({@code Z} or {@code +02:00}); null when absent or unreadable. */
    static Instant parse(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        Instant utc = parseUtc(timestamp);
        return utc != null ? utc : parseAnyOffset(timestamp);
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} when the text is exactly that and valid; null otherwise. */
    static Instant parseUtc(String text) {
        int length = text.length();
        if (length < DATE_TIME_LENGTH + 1 || length > DATE_TIME_LENGTH + 2 + MAX_FRACTION_DIGITS
                || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = fraction(text, DATE_TIME_LENGTH, length - 1);
        boolean allDigits = (year | month | day | hour | minute | second | nanos) >= 0; // each is -1 when not
        if (!allDigits || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second, nanos);
    }

    private static Instant parseAnyOffset(String timestamp) {
        try {
            return OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The nanoseconds of {@code .f…} between from and to (nothing at all is 0); -1 when it is not that. */
    private static int fraction(String text, int from, int to) {
        if (from == to) {
            return 0;
        }
        if (text.charAt(from) != '.' || to - from < 2) {
            return -1;
        }
        int value = digits(text, from + 1, to);
        for (int scale = to - from - 1; value >= 0 && scale < MAX_FRACTION_DIGITS; scale++) {
            value *= 10;
        }
        return value;
    }

    /** The non-negative number the ASCII digits between from and to spell; -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
