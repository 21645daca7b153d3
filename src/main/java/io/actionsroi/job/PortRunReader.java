package io.actionsroi.job;

import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.actionsroi.port.EntityCursor;
import io.actionsroi.port.PortEntity;

/**
 * Step 2's reader: the runs, page by page. It keeps no restart position: Port's cursors are not
 * known to survive, so a restarted runs step reads again from the first page.
 */
public class PortRunReader implements ItemStreamReader<PortEntity> {

    private final RoiEntities entities;
    private final Supplier<Instant> asOf;
    private EntityCursor cursor;

    /** @param asOf the job's as-of instant, which lays out the ranges of creation time read at once */
    public PortRunReader(RoiEntities entities, Supplier<Instant> asOf) {
        this.entities = entities;
        this.asOf = asOf;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        cursor = entities.runs(asOf.get());
    }

    @Override
    public PortEntity read() {
        return cursor.hasNext() ? cursor.next() : null;
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}
