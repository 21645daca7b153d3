package io.actionsroi.port;

import java.util.List;

/**
 * The entities of one blueprint, or of one range of it, as a sequence of pages, read one after another
 * by {@link ReadAheadCursor} or by one reader of {@link ConcurrentRangeCursor}: never by two threads at
 * once.
 */
interface EntityPages {

    /** Whether another page may follow; the next one may turn out empty. */
    boolean hasMore();

    /**
     * Reads the next page, in the source's order; called only while {@link #hasMore()}.
     *
     * @throws PortException when the page cannot be read
     */
    List<PortEntity> next();

    /** Releases the file or connection; called when the cursor is closed. */
    default void close() {
    }
}
