package io.actionsroi.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.actionsroi.port.PortEntity;
import io.actionsroi.roi.ClassifiedRun;
import io.actionsroi.roi.RunClassifier;

/**
 * Step 2's processor: turns each run entity of an item into its facts and data-quality findings. The
 * classifier is taken from the job-scoped figures once per step: through their proxy, for every run, it
 * cost more than classifying.
 */
public class RunClassifyingProcessor
        implements ItemProcessor<List<PortEntity>, List<ClassifiedRun>>, StepExecutionListener {

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
    public List<ClassifiedRun> process(List<PortEntity> runs) {
        List<ClassifiedRun> classified = new ArrayList<>(runs.size());
        for (PortEntity run : runs) {
            classified.add(classifier.classify(run));
        }
        return classified;
    }
}
