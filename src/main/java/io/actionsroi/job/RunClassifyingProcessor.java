package io.actionsroi.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.actionsroi.port.PortEntity;
import io.actionsroi.roi.ClassifiedRun;
import io.actionsroi.roi.RunClassifier;

/**
 * Step 2's processor: turns a run entity into its facts and data-quality findings. The classifier is
 * taken from the job-scoped figures once per step: through their proxy, for every run, it cost more
 * than classifying.
 */
public class RunClassifyingProcessor implements ItemProcessor<PortEntity, ClassifiedRun>, StepExecutionListener {

    private final FiguresInProgress figures;
    private RunClassifier classifier;

    public RunClassifyingProcessor(FiguresInProgress figures) {
        this.figures = figures;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        classifier = figures.classifier();
    }

    @Override
    public ClassifiedRun process(PortEntity run) {
        return classifier.classify(run);
    }
}
