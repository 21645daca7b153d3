package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ConcurrentRangeCursorTest {

    private static final Instant RECENT = Instant.parse("2026-10-01T00:00:00Z");
    private static final int PAGES_PER_RANGE = 3;
    private static final int PER_PAGE = 10;

    private final AtomicInteger pagesRead = new AtomicInteger();
    private final List<CreatedAtRange> ranges = new ArrayList<>();

    @Test
    void readsNoMoreThanTwoPagesPerReaderAheadOfTheConsumerAndHandsOnRangesInTheOrderTaken() throws Exception {
        try (ConcurrentRangeCursor cursor = new ConcurrentRangeCursor("action_run", 4,
                new CreationTimeRanges(RECENT, OptionalLong.empty(), 1000, 4), this::pages)) {
            // nothing consumed: every reader stops for room
            TimeUnit.MILLISECONDS.sleep(300);
            assertThat(pagesRead.get()).as("pages read ahead").isGreaterThan(2).isLessThanOrEqualTo(2 * 4 + 2);

            List<String> identifiers = new ArrayList<>();
            cursor.forEachRemaining(entity -> identifiers.add(entity.identifier()));

            List<String> expected = new ArrayList<>();
            synchronized (ranges) {
                ranges.sort((one, other) -> one.from() == null ? -1 : other.from() == null ? 1 : one.from().compareTo(other.from()));
                for (CreatedAtRange range : ranges) {
                    IntStream.range(0, PAGES_PER_RANGE * PER_PAGE).forEach(i -> expected.add(range.describe() + " #" + i));
                }
            }
            assertThat(identifiers).isEqualTo(expected);
        }
    }

    @Test
    @Timeout(30)
    void aRangeWhosePagesCannotEvenBeOpenedFailsTheCursorRatherThanLeaveItWaiting() {
        AtomicInteger opened = new AtomicInteger();

        // the failure reaches the consumer wherever it is: in the first page's wait, or further on
        assertThatThrownBy(() -> {
            try (ConcurrentRangeCursor cursor = new ConcurrentRangeCursor("action_run", 4,
                    new CreationTimeRanges(RECENT, OptionalLong.empty(), 1000, 4), range -> {
                        if (opened.incrementAndGet() == 3) {
                            throw new IllegalStateException("no pages for " + range.describe());
                        }
                        return pages(range);
                    })) {
                cursor.forEachRemaining(entity -> { });
            }
        }).isInstanceOf(PortException.class).hasStackTraceContaining("no pages for");
    }

    /** Three pages of ten entities per range, named after it. */
    private EntityPages pages(CreatedAtRange range) {
        synchronized (ranges) {
            ranges.add(range);
        }
        return new EntityPages() {
            private int page;

            @Override
            public boolean hasMore() {
                return page < PAGES_PER_RANGE;
            }

            @Override
            public List<PortEntity> next() {
                pagesRead.incrementAndGet();
                int first = page++ * PER_PAGE;
                return IntStream.range(first, first + PER_PAGE).mapToObj(i -> new PortEntity(range.describe() + " #" + i,
                        null, null, Map.of(), Map.of())).toList();
            }
        };
    }
}
