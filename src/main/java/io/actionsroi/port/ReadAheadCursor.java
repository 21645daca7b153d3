package io.actionsroi.port;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Walks the pages of a blueprint's entities in order, reading the next page on a thread of its own
 * while the current one is consumed: waiting for, decompressing and parsing a page overlap with the
 * work done on the entities of the one before, so that a page costs the longer of the two rather than
 * their sum. Memory holds two pages whatever the number of entities.
 *
 * <p>The first page is read on creation, on the caller's thread, so that a missing blueprint or refused
 * credentials fail at {@code open}. A page that cannot be read fails the cursor where the consumer
 * reaches it, with the reader's exception as it was thrown, after every entity before it; the thread
 * ends then, at the last page, or on {@link #close}. A source of a single page starts no thread.
 */
final class ReadAheadCursor implements EntityCursor {

    private final String blueprint;
    private final EntityPages pages;
    private ExecutorService reader;
    private Thread readerThread;
    private Iterator<PortEntity> page;
    private Future<List<PortEntity>> nextPage;

    /**
     * @param blueprint the blueprint read, for the thread's name and messages
     * @throws PortException when the first page cannot be read
     */
    ReadAheadCursor(String blueprint, EntityPages pages) {
        this.blueprint = blueprint;
        this.pages = pages;
        try {
            page = pages.next().iterator();
        } catch (RuntimeException | Error e) {
            pages.close();
            throw e;
        }
        readAhead();
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && nextPage != null) {
            page = awaitNextPage().iterator();
            readAhead();
        }
        return page.hasNext();
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
        page = Collections.emptyIterator();
        nextPage = null;
        stopReader();
        pages.close();
    }

    private void readAhead() {
        if (!pages.hasMore()) {
            nextPage = null;
            stopReader();
            return;
        }
        if (reader == null) {
            reader = Executors.newSingleThreadExecutor(task -> {
                readerThread = new Thread(task, "read-ahead-" + blueprint);
                readerThread.setDaemon(true);
                return readerThread;
            });
        }
        nextPage = reader.submit(pages::next);
    }

    /**
     * The page read ahead. A failure to read it is thrown as the reader threw it, and again on every
     * later call; an interrupt leaves the read to {@link #close}.
     */
    private List<PortEntity> awaitNextPage() {
        try {
            return nextPage.get();
        } catch (ExecutionException e) {
            stopReader();
            // EntityPages.next throws unchecked exceptions only
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortException("Interrupted while waiting for the next page of blueprint '" + blueprint + "'", e);
        }
    }

    private void stopReader() {
        if (reader == null) {
            return;
        }
        reader.shutdownNow();
        // The thread itself, not awaitTermination: that returns while the thread is still on its way out.
        ReaderThreads.awaitStop(readerThread);
        reader = null;
        readerThread = null;
    }
}
