package io.actionsroi.port;

import java.util.Iterator;

/**
 * A forward-only stream of entities; {@link #next()} may fetch the next page and throw
 * {@link PortException}. Close it to release the connection or file.
 */
public interface EntityCursor extends Iterator<PortEntity>, AutoCloseable {

    @Override
    void close();
}
