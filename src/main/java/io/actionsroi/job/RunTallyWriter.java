package io.actionsroi.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import io.actionsroi.roi.ClassifiedRun;

/** Step 2's writer: folds each run into the tally; memory stays the size of the accumulators. */
public class RunTallyWriter implements ItemWriter<ClassifiedRun> {

    private final FiguresInProgress figures;

    public RunTallyWriter(FiguresInProgress figures) {
        this.figures = figures;
    }

    @Override
    public void write(Chunk<? extends ClassifiedRun> runs) {
        runs.forEach(figures.tally()::add);
    }
}
