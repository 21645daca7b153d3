package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

class CreationTimeRangesTest {

    /** Not a whole millisecond: the ranges' ends are. */
    private static final Instant RECENT = Instant.parse("2026-09-30T18:30:00.000700Z");
    private static final Instant END = Instant.parse("2026-09-30T18:30:00Z");

    @Test
    void rangesAreHalfOpenMeetWithoutOverlapAndLeaveNothingOutBelowOrAbove() {
        List<CreatedAtRange> ranges = takeAll(new CreationTimeRanges(RECENT, OptionalLong.of(100_000), 1000, 4),
                range -> 900);

        assertThat(ranges.get(0)).isEqualTo(new CreatedAtRange(null, END.minus(CreationTimeRanges.SPAN)));
        assertThat(ranges.get(ranges.size() - 1)).isEqualTo(new CreatedAtRange(END, null));
        for (int i = 1; i < ranges.size(); i++) {
            CreatedAtRange before = ranges.get(i - 1);
            CreatedAtRange range = ranges.get(i);
            assertThat(range.from()).as("range %d starts where %d ends", i, i - 1).isEqualTo(before.to());
            assertThat(holds(before, before.to().minusMillis(1))).isTrue();
            assertThat(holds(before, range.from())).as("the boundary belongs to the later range only").isFalse();
            assertThat(holds(range, range.from())).isTrue();
        }
        assertThat(holds(ranges.get(0), Instant.parse("2001-01-01T00:00:00Z"))).isTrue();
        assertThat(holds(ranges.get(ranges.size() - 1), Instant.parse("2099-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void theFirstRangesSpreadTheCountOverTheYearAimingAtALittleLessThanAPage() {
        CreationTimeRanges ranges = new CreationTimeRanges(RECENT, OptionalLong.of(100_000), 1000, 4);

        ranges.next();
        CreatedAtRange first = ranges.next().orElseThrow();

        // 365 days * 900 / 100,000 runs
        assertThat(Duration.between(first.from(), first.to())).isEqualTo(Duration.ofMillis(283_824_000));
    }

    @Test
    void withManyRunsARangeAimsAtALittleLessThanAWholeNumberOfPagesSoThatEachReaderGetsSixteenOrSo() {
        CreationTimeRanges ranges = new CreationTimeRanges(RECENT, OptionalLong.of(1_000_000), 1000, 4);

        ranges.next();
        CreatedAtRange first = ranges.next().orElseThrow();

        // 1,000 pages for 4 readers: 15 pages a range, aiming at 14.9 (365 days * 14,900 / 1,000,000)
        assertThat(Duration.between(first.from(), first.to())).isEqualTo(Duration.ofMillis(469_886_400));
    }

    @Test
    void theWidthFollowsHowDenselyTheLatestRangesReadWereFilled() {
        CreationTimeRanges ranges = new CreationTimeRanges(RECENT, OptionalLong.empty(), 100, 4);
        ranges.next();
        CreatedAtRange day = ranges.next().orElseThrow();
        assertThat(Duration.between(day.from(), day.to())).as("without a count, a day").isEqualTo(Duration.ofDays(1));

        ranges.read(day, 360);
        CreatedAtRange next = ranges.next().orElseThrow();

        // 360 a day: 90 in six hours
        assertThat(Duration.between(next.from(), next.to())).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void throughAnEmptySpanTheWidthDoublesAtEachRange() {
        CreationTimeRanges ranges = new CreationTimeRanges(RECENT, OptionalLong.empty(), 100, 4);
        ranges.next();
        ranges.read(ranges.next().orElseThrow(), 0);

        List<Duration> widths = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CreatedAtRange range = ranges.next().orElseThrow();
            widths.add(Duration.between(range.from(), range.to()));
        }

        assertThat(widths).containsExactly(Duration.ofDays(2), Duration.ofDays(4), Duration.ofDays(8));
    }

    @Test
    void everyRunIsInExactlyOneRangeHoweverTheRangesWereSized() {
        // Runs every 29 minutes over two years, some after the recent instant.
        List<Instant> runs = new ArrayList<>();
        for (Instant at = END.minus(Duration.ofDays(730)); at.isBefore(END.plus(Duration.ofDays(3)));
                at = at.plus(Duration.ofMinutes(29))) {
            runs.add(at);
        }
        List<CreatedAtRange> ranges = takeAll(new CreationTimeRanges(RECENT, OptionalLong.of(runs.size()), 1000, 4),
                range -> runs.stream().filter(createdAt -> holds(range, createdAt)).count());

        for (Instant run : runs) {
            assertThat(ranges.stream().filter(range -> holds(range, run))).as("ranges holding %s", run).hasSize(1);
        }
    }

    /** Whether a run created at the instant is in the range, as the search rules >= and < select it. */
    private static boolean holds(CreatedAtRange range, Instant createdAt) {
        return (range.from() == null || !createdAt.isBefore(range.from()))
                && (range.to() == null || createdAt.isBefore(range.to()));
    }

    /** Takes every range, each read (with what {@code held} says it holds) before the next is taken. */
    private static List<CreatedAtRange> takeAll(CreationTimeRanges ranges, ToLongFunction<CreatedAtRange> held) {
        List<CreatedAtRange> taken = new ArrayList<>();
        for (Optional<CreatedAtRange> next = ranges.next(); next.isPresent(); next = ranges.next()) {
            taken.add(next.get());
            ranges.read(next.get(), held.applyAsLong(next.get()));
            assertThat(taken).as("ranges taken").hasSizeLessThan(10_000);
        }
        return taken;
    }
}
