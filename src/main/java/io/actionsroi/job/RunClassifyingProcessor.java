package io.actionsroi.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.actionsroi.port.PortEntity;
import io.actionsroi.roi.ClassifiedRun;

/** Step 2's processor: turns a run entity into its facts and data-quality findings. */
public class RunClassifyingProcessor implements ItemProcessor<PortEntity, ClassifiedRun> {

    private final FiguresInProgress figures;

    public RunClassifyingProcessor(FiguresInProgress figures) {
        this.figures = figures;
    }

    @Override
    public ClassifiedRun process(PortEntity run) {
        return figures.classifier().classify(run);
    }
}
