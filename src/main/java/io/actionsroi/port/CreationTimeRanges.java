package io.actionsroi.port;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The ranges of {@code $createdAt} that concurrent readers take one at a time, oldest first, laid out
 * as they are taken. They meet without overlapping: the first is open below, up to a year before the
 * recent instant; then bounded ranges up to the recent instant; the last is open above from it on.
 *
 * <p>Port's count takes no query, so a range's size is not known before it is read. Each one aims at a
 * little less than a page: a range then mostly costs one request, and a queue of many small ranges
 * keeps every reader busy however unevenly the entities are spread in time. With so many entities that
 * each reader would get more than {@value #RANGES_PER_READER} ranges, a range aims at a little less
 * than a whole number of pages instead: each range cuts a page in two at its ends, which costs a
 * request, and Port a page it cannot serve as it has it. The width that holds so many is taken from
 * the ranges just before it that have been read (recent months hold most runs, so the spread far back
 * says little), and at first from the blueprint's count spread over the year. Through a span with
 * nothing in it the width doubles at each range.
 */
final class CreationTimeRanges {

    /** The span of the bounded ranges before the recent instant; what is older is one range. */
    static final Duration SPAN = Duration.ofDays(365);
    /** The share of a page a range aims below a whole number of them: aiming at it would often spill into one request more. */
    private static final double SHORT_OF_A_PAGE = 0.1;
    /** Enough ranges per reader that they end their last ones at about the same time. */
    private static final int RANGES_PER_READER = 16;
    /** How many of the latest ranges read tell how densely the next one is filled. */
    private static final int NEIGHBOURS = 4;
    private static final Duration NARROWEST = Duration.ofSeconds(1);
    /** The first width when the count is not known. */
    private static final Duration GUESSED_WIDTH = Duration.ofDays(1);

    private final Instant start;
    private final Instant end;
    private final double aim;
    private final Duration firstWidth;
    /** The ranges read, by their start, with the entities each held. */
    private final TreeMap<Instant, Read> read = new TreeMap<>();
    /** The start of the next range; {@code null} before the first (open below) range is taken. */
    private Instant next;
    private Duration lastWidth;
    private boolean finished;

    /**
     * @param recent where the bounded ranges end and the open one starts: the report's as-of instant
     * @param expected how many entities the blueprint holds, when known
     * @param pageSize entities per page of the search
     * @param readers how many ranges are read at the same time
     */
    CreationTimeRanges(Instant recent, OptionalLong expected, int pageSize, int readers) {
        this.end = recent.truncatedTo(ChronoUnit.MILLIS);
        this.start = end.minus(SPAN);
        long pagesPerRange = Math.max(1, expected.orElse(0) / ((long) pageSize * readers * RANGES_PER_READER));
        this.aim = Math.max(1, (pagesPerRange - SHORT_OF_A_PAGE) * pageSize);
        this.firstWidth = expected.isPresent() && expected.getAsLong() > 0
                ? within(Duration.ofMillis((long) (SPAN.toMillis() * aim / expected.getAsLong())), SPAN)
                : GUESSED_WIDTH;
    }

    /** The next range to read, or empty once the last one (open above) has been taken. */
    synchronized Optional<CreatedAtRange> next() {
        if (finished) {
            return Optional.empty();
        }
        if (next == null) {
            next = start;
            return Optional.of(new CreatedAtRange(null, start));
        }
        if (!next.isBefore(end)) {
            finished = true;
            return Optional.of(new CreatedAtRange(end, null));
        }
        Duration width = width();
        Instant to = width.compareTo(Duration.between(next, end)) >= 0 ? end : next.plus(width);
        CreatedAtRange range = new CreatedAtRange(next, to);
        lastWidth = width;
        next = to;
        return Optional.of(range);
    }

    /** Tells how many entities a bounded range held, which sizes the ranges after it. */
    synchronized void read(CreatedAtRange range, long entities) {
        if (range.from() != null && range.to() != null) {
            read.put(range.from(), new Read(Duration.between(range.from(), range.to()).toMillis(), entities));
        }
    }

    private Duration width() {
        long millis = 0;
        long entities = 0;
        int neighbours = 0;
        for (Map.Entry<Instant, Read> latest : read.descendingMap().entrySet()) {
            millis += latest.getValue().millis();
            entities += latest.getValue().entities();
            if (++neighbours == NEIGHBOURS) {
                break;
            }
        }
        if (neighbours == 0) {
            return firstWidth;
        }
        // Never more than twice the last width: a sparse stretch says little of what follows it.
        Duration widest = lastWidth.multipliedBy(2);
        if (entities == 0) {
            return widest;
        }
        return within(Duration.ofMillis((long) (aim * millis / entities)), widest);
    }

    private static Duration within(Duration width, Duration widest) {
        return width.compareTo(NARROWEST) < 0 ? NARROWEST : width.compareTo(widest) > 0 ? widest : width;
    }

    private record Read(long millis, long entities) {
    }
}
