package io.actionsroi.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.actionsroi.port.EntityCursor;
import io.actionsroi.port.PortEntity;

/**
 * Step 2's reader: the runs, in lists of up to {@value #RUNS_PER_ITEM} in Port's order. A list, not
 * a run, is Spring Batch's item: the step's own work for each item (observations, events, counts)
 * cost about a tenth of the step at a million runs when it was paid for every run. It keeps no restart
 * position: Port's cursors are not known to survive, so a restarted runs step reads again from the
 * first page.
 */
public class PortRunReader implements ItemStreamReader<List<PortEntity>> {

    /** Runs per item: a page of Port's search. */
    static final int RUNS_PER_ITEM = 1000;

    private final RoiEntities entities;
    private final Supplier<Instant> asOf;
    private final Supplier<OptionalLong> runCount;
    private EntityCursor cursor;

    /**
     * @param asOf the job's as-of instant, which lays out the ranges of creation time read at once
     * @param runCount the runs Port counted for this step, which size the first ranges: the progress
     *     listener's, asked for in {@code beforeStep}, which Spring Batch calls before opening the reader,
     *     so that Port is asked once
     */
    public PortRunReader(RoiEntities entities, Supplier<Instant> asOf, Supplier<OptionalLong> runCount) {
        this.entities = entities;
        this.asOf = asOf;
        this.runCount = runCount;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        cursor = entities.runs(asOf.get(), runCount.get());
    }

    /** The next runs, at most {@value #RUNS_PER_ITEM}; null once every run was read. */
    @Override
    public List<PortEntity> read() {
        if (!cursor.hasNext()) {
            return null;
        }
        List<PortEntity> runs = new ArrayList<>(RUNS_PER_ITEM);
        while (runs.size() < RUNS_PER_ITEM && cursor.hasNext()) {
            runs.add(cursor.next());
        }
        return runs;
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}
