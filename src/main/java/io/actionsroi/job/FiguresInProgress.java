package io.actionsroi.job;

import io.actionsroi.roi.ReferenceData;
import io.actionsroi.roi.ReportPeriod;
import io.actionsroi.roi.RoiTally;
import io.actionsroi.roi.RunClassifier;

/**
 * The figures of one job execution while they are being computed: the reference data read by the
 * first step, and the tally the runs step folds into. Job-scoped, so each execution starts empty;
 * the steps that fill it always run together (see {@link ActionsRoiJobConfiguration}).
 */
public class FiguresInProgress {

    private final ReportPeriod period;
    private RunClassifier classifier;
    private RoiTally tally;

    public FiguresInProgress(ReportPeriod period) {
        this.period = period;
    }

    /** Starts a fresh tally over the given reference data. */
    public void start(ReferenceData reference) {
        this.classifier = new RunClassifier(reference, period);
        this.tally = new RoiTally(reference, period);
    }

    /** The report date and zone of this job execution. */
    public ReportPeriod period() {
        return period;
    }

    public RunClassifier classifier() {
        requireStarted();
        return classifier;
    }

    public RoiTally tally() {
        requireStarted();
        return tally;
    }

    private void requireStarted() {
        if (tally == null) {
            throw new IllegalStateException("The reference data step has not run in this job execution");
        }
    }
}
