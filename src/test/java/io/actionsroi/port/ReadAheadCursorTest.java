package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadCursorTest {

    private static final String THREAD = "read-ahead-";

    @Test
    void keepsTheOrderOfEntitiesAcrossPagesEmptyOnesIncluded() {
        FakePages pages = new FakePages(3, 0, 2, 0, 0, 4);

        List<String> identifiers = new ArrayList<>();
        try (EntityCursor cursor = new ReadAheadCursor("order", pages)) {
            cursor.forEachRemaining(entity -> identifiers.add(entity.identifier()));
            assertThat(readerAlive("order")).as("thread alive after the last page").isFalse();
        }

        assertThat(identifiers).containsExactly("e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8");
        assertThat(pages.readers.get(0)).isEqualTo(Thread.currentThread().getName());
        assertThat(pages.readers.get(1)).isEqualTo(THREAD + "order");
        assertThat(pages.closed).isTrue();
    }

    @Test
    void readsOnePageAheadAndNoMore() throws InterruptedException {
        FakePages pages = new FakePages(2, 2, 2, 2);

        try (EntityCursor cursor = new ReadAheadCursor("ahead", pages)) {
            await().until(() -> pages.reads.get() == 2);
            Thread.sleep(100);
            assertThat(pages.reads).hasValue(2);

            cursor.next();
            cursor.next();
            assertThat(cursor.hasNext()).isTrue();
            await().until(() -> pages.reads.get() == 3);
            Thread.sleep(100);
            assertThat(pages.reads).hasValue(3);
        }
    }

    @Test
    void aPageThatFailsFailsTheConsumerWhereItReachesItWithTheSameException() {
        PortException failure = new PortException("Port did not answer page 3");
        FakePages pages = new FakePages(2, 2, 2, 2).failingAt(2, failure);

        List<String> identifiers = new ArrayList<>();
        try (EntityCursor cursor = new ReadAheadCursor("failing", pages)) {
            assertThatThrownBy(() -> cursor.forEachRemaining(entity -> identifiers.add(entity.identifier())))
                    .isSameAs(failure);
            assertThat(readerAlive("failing")).as("thread alive after the failure").isFalse();
            assertThatThrownBy(cursor::hasNext).as("a later call").isSameAs(failure);
        }

        assertThat(identifiers).containsExactly("e0", "e1", "e2", "e3");
        assertThat(pages.reads).hasValue(3);
    }

    @Test
    void aFirstPageThatFailsFailsTheOpenAndClosesThePages() {
        PortException failure = new PortException("Port has no such blueprint");
        FakePages pages = new FakePages(2, 2).failingAt(0, failure);

        assertThatThrownBy(() -> new ReadAheadCursor("first", pages)).isSameAs(failure);
        assertThat(pages.closed).isTrue();
        assertThat(readerAlive("first")).isFalse();
    }

    @Test
    void closeStopsAReadUnderWayBeforeClosingThePages() {
        FakePages pages = new FakePages(2, 2, 2).blockingAt(1);

        EntityCursor cursor = new ReadAheadCursor("blocked", pages);
        await().until(() -> pages.blocked.getCount() == 0);
        cursor.close();

        assertThat(readerAlive("blocked")).isFalse();
        assertThat(pages.interrupted).isTrue();
        assertThat(pages.closed).isTrue();
        assertThat(pages.closedWhileReading).as("pages closed while the reader still read them").isFalse();
        assertThat(cursor.hasNext()).isFalse();
    }

    @Test
    void aSinglePageStartsNoThread() {
        FakePages pages = new FakePages(3);

        try (EntityCursor cursor = new ReadAheadCursor("single", pages)) {
            assertThat(readerAlive("single")).isFalse();
            List<PortEntity> entities = new ArrayList<>();
            cursor.forEachRemaining(entities::add);
            assertThat(entities).hasSize(3);
        }

        assertThat(pages.readers).containsExactly(Thread.currentThread().getName());
    }

    private static boolean readerAlive(String blueprint) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals(THREAD + blueprint) && thread.isAlive());
    }

    /** Pages of the given sizes whose entities are e0, e1, ... in order. */
    private static final class FakePages implements EntityPages {

        private final List<List<PortEntity>> pages = new ArrayList<>();
        private final Map<Integer, PortException> failures = new ConcurrentHashMap<>();
        final AtomicInteger reads = new AtomicInteger();
        final List<String> readers = new ArrayList<>();
        final CountDownLatch blocked = new CountDownLatch(1);
        private int blockAt = -1;
        volatile boolean interrupted;
        volatile boolean closed;
        private volatile boolean reading;
        volatile boolean closedWhileReading;

        FakePages(int... sizes) {
            int identifier = 0;
            for (int size : sizes) {
                List<PortEntity> page = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    page.add(new PortEntity("e" + identifier++, null, null, null, null));
                }
                pages.add(page);
            }
        }

        FakePages failingAt(int page, PortException failure) {
            failures.put(page, failure);
            return this;
        }

        FakePages blockingAt(int page) {
            blockAt = page;
            return this;
        }

        @Override
        public boolean hasMore() {
            return reads.get() < pages.size();
        }

        @Override
        public List<PortEntity> next() {
            reading = true;
            try {
                return read(reads.getAndIncrement());
            } finally {
                reading = false;
            }
        }

        private List<PortEntity> read(int page) {
            synchronized (readers) {
                readers.add(Thread.currentThread().getName());
            }
            if (page == blockAt) {
                blocked.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted = true;
                    throw new PortException("Interrupted while waiting for Port's answer", e);
                }
            }
            PortException failure = failures.get(page);
            if (failure != null) {
                throw failure;
            }
            return pages.get(page);
        }

        @Override
        public void close() {
            closedWhileReading = reading;
            closed = true;
        }
    }
}
