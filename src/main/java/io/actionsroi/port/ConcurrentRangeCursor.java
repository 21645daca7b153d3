package io.actionsroi.port;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Reads a blueprint by ranges of {@code $createdAt}, several at the same time: each reader takes the
 * next range from {@link CreationTimeRanges}, reads its pages one after another, and takes another.
 * The entities are handed on range after range in the order the ranges were taken (oldest first), each
 * range in Port's order: when Port serves by creation time, the order of a single cursor.
 *
 * <p>Memory: the pages read ahead of the consumer wait in one buffer shared by every range, of at most
 * {@code bufferedPages} pages, requests under way included: a reader waits for room before it asks for
 * a page. Only the reader of the range being handed on never waits for the others' pages (they wait for
 * its range to be handed on); it keeps at most two pages ahead, as a single cursor does.
 *
 * <p>The first page of the first range is read in the constructor, so that a missing blueprint or
 * refused credentials fail at {@code open}. Any range that cannot be read fails the cursor at the
 * consumer's next call, with the range in the message; the other readers stop then, and on {@link #close}.
 */
final class ConcurrentRangeCursor implements EntityCursor {

    private static final int HEAD_PAGES_AHEAD = 2;

    private final String blueprint;
    private final CreationTimeRanges ranges;
    private final Function<CreatedAtRange, EntityPages> pagesOf;
    private final int bufferedPages;
    private final List<Thread> readers = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Every range taken, in the order taken. */
    private final List<Range> taken = new ArrayList<>();
    /** The range being handed on, an index into {@link #taken}. */
    private int head;
    /** Pages waiting in any range's buffer or being asked for, the head range's excepted. */
    private int buffered;
    private boolean allTaken;
    private boolean closed;
    private RuntimeException failure;
    private Iterator<PortEntity> page = Collections.emptyIterator();

    /**
     * @param readers how many ranges are read at the same time
     * @param pagesOf the pages of one range
     * @throws PortException when the first page cannot be read
     */
    ConcurrentRangeCursor(String blueprint, int readers, CreationTimeRanges ranges,
            Function<CreatedAtRange, EntityPages> pagesOf) {
        this.blueprint = blueprint;
        this.ranges = ranges;
        this.pagesOf = pagesOf;
        this.bufferedPages = 2 * readers;
        for (int i = 1; i <= readers; i++) {
            Thread reader = new Thread(this::read, "read-" + blueprint + "-" + i);
            reader.setDaemon(true);
            this.readers.add(reader);
        }
        this.readers.forEach(Thread::start);
        try {
            awaitFirstPage();
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext()) {
            Optional<List<PortEntity>> next = nextPage();
            if (next.isEmpty()) {
                return false;
            }
            page = next.get().iterator();
        }
        return true;
    }

    @Override
    public PortEntity next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more entities");
        }
        return page.next();
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            page = Collections.emptyIterator();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        readers.forEach(Thread::interrupt);
        for (Thread reader : readers) {
            if (!ReaderThreads.awaitStop(reader)) {
                return;
            }
        }
    }

    /** One reader: ranges, one after another, until none is left, the cursor is closed, or a read failed. */
    private void read() {
        Optional<Range> range;
        while ((range = take()).isPresent()) {
            long entities = 0;
            EntityPages pages = null;
            // Anything a reader meets fails the cursor: a reader that ended silently would leave the
            // consumer waiting for its range for ever.
            try {
                pages = pagesOf.apply(range.get().range);
                while (pages.hasMore()) {
                    if (!awaitRoom(range.get())) {
                        return;
                    }
                    List<PortEntity> read = pages.next();
                    entities += read.size();
                    add(range.get(), read);
                }
                ranges.read(range.get().range, entities);
                finish(range.get());
            } catch (RuntimeException | Error e) {
                fail(range.get(), e);
                return;
            } finally {
                if (pages != null) {
                    pages.close();
                }
            }
        }
    }

    private Optional<Range> take() {
        lock.lock();
        try {
            if (closed || failure != null) {
                return Optional.empty();
            }
            Optional<CreatedAtRange> next = ranges.next();
            if (next.isEmpty()) {
                allTaken = true;
                changed.signalAll();
                return Optional.empty();
            }
            Range range = new Range(taken.size(), next.get());
            taken.add(range);
            changed.signalAll();
            return Optional.of(range);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the range may ask for a page and counts it; false when the read stops. */
    private boolean awaitRoom(Range range) {
        lock.lock();
        try {
            while (!closed && failure == null && (range.index == head
                    ? range.pages.size() + range.asking >= HEAD_PAGES_AHEAD
                    : buffered >= bufferedPages)) {
                changed.awaitUninterruptibly();
            }
            if (closed || failure != null) {
                return false;
            }
            range.asking++;
            if (range.index != head) {
                range.counted++;
                buffered++;
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void add(Range range, List<PortEntity> read) {
        lock.lock();
        try {
            range.asking--;
            range.pages.add(read);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void finish(Range range) {
        lock.lock();
        try {
            range.done = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void fail(Range range, Throwable cause) {
        lock.lock();
        try {
            if (failure == null && !closed) {
                failure = failure(range, cause);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private RuntimeException failure(Range range, Throwable cause) {
        // Port's own refusals of the blueprint say what to do about it; RoiEntities adds the setting.
        if (cause instanceof BlueprintNotFoundException || cause instanceof BlueprintAccessDeniedException) {
            return (RuntimeException) cause;
        }
        return new PortException("Reading the '" + blueprint + "' entities " + range.range.describe()
                + " failed, and with it the whole read of the blueprint (" + readers.size() + " ranges at a time): "
                + cause.getMessage(), cause);
    }

    /** Waits until the first range has a page, or has none, or any range failed. */
    private void awaitFirstPage() {
        lock.lock();
        try {
            while (failure == null && (taken.isEmpty() || taken.get(0).pages.isEmpty() && !taken.get(0).done)) {
                awaitChange();
            }
            throwFailure();
        } finally {
            lock.unlock();
        }
    }

    /** The next page to hand on; empty at the end. */
    private Optional<List<PortEntity>> nextPage() {
        lock.lock();
        try {
            while (true) {
                throwFailure();
                if (closed) {
                    return Optional.empty();
                }
                if (head < taken.size()) {
                    Range range = taken.get(head);
                    if (!range.pages.isEmpty()) {
                        if (range.counted > 0) {
                            range.counted--;
                            buffered--;
                        }
                        changed.signalAll();
                        return Optional.of(range.pages.poll());
                    }
                    if (range.done) {
                        head++;
                        changed.signalAll();
                        continue;
                    }
                } else if (allTaken) {
                    return Optional.empty();
                }
                awaitChange();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The consumer's wait: an interrupt stops it, as it stops a single cursor. */
    private void awaitChange() {
        try {
            changed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortException("Interrupted while waiting for the next page of blueprint '" + blueprint + "'", e);
        }
    }

    private void throwFailure() {
        if (failure != null) {
            if (failure.getCause() instanceof Error error) {
                throw error;
            }
            throw failure;
        }
    }

    /** A range taken by a reader, and its pages not yet handed on. */
    private static final class Range {

        final int index;
        final CreatedAtRange range;
        final ArrayDeque<List<PortEntity>> pages = new ArrayDeque<>();
        /** Pages being asked for. */
        int asking;
        /** Pages of this range counted in {@code buffered}: those asked for before it was handed on. */
        int counted;
        boolean done;

        Range(int index, CreatedAtRange range) {
            this.index = index;
            this.range = range;
        }
    }
}
