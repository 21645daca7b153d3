package io.actionsroi.job;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import io.actionsroi.report.runs.RunFactsFile;
import io.actionsroi.roi.ClassifiedRun;
import io.actionsroi.roi.RoiTally;
import io.actionsroi.roi.RunFacts;

/**
 * Step 2's writer: folds each run into the tally, and keeps the counted runs that the workbook's Runs
 * sheet lists in the runs file. Memory stays the size of the accumulators. The step always starts from
 * the first run, so the file is started afresh on open.
 */
public class RunTallyWriter implements ItemStreamWriter<List<ClassifiedRun>> {

    private final FiguresInProgress figures;
    private final Path runsFile;
    private final Predicate<RunFacts> keep;
    private RunFactsFile.Writer kept;

    /**
     * @param runsFile where the kept runs go
     * @param keep which counted runs to keep
     */
    public RunTallyWriter(FiguresInProgress figures, Path runsFile, Predicate<RunFacts> keep) {
        this.figures = figures;
        this.runsFile = runsFile;
        this.keep = keep;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        kept = RunFactsFile.create(runsFile);
    }

    @Override
    public void write(Chunk<? extends List<ClassifiedRun>> items) {
        RoiTally tally = figures.tally(); // once per chunk: the job-scoped proxy is costly per run
        for (List<ClassifiedRun> runs : items) {
            for (ClassifiedRun run : runs) {
                if (tally.add(run) && keep.test(run.facts())) {
                    kept.append(run.facts());
                }
            }
        }
    }

    @Override
    public void close() {
        if (kept != null) {
            kept.close();
            kept = null;
        }
    }
}
