package io.actionsroi.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.actionsroi.roi.ReferenceData;
import io.actionsroi.roi.ReportPeriod;
import io.actionsroi.roi.RoiTally;
import io.actionsroi.roi.RunClassifier;
import io.actionsroi.roi.TeamSelection;

/**
 * The figures of one job execution while they are being computed: the reference data read by the
 * first step, and the tally the runs step folds into. Job-scoped, so each execution starts empty;
 * the steps that fill it always run together (see {@link ActionsRoiJobConfiguration}).
 */
public class FiguresInProgress {

    private static final Logger log = LoggerFactory.getLogger(FiguresInProgress.class);

    private final ReportPeriod period;
    private final TeamSelection teams;
    private RunClassifier classifier;
    private RoiTally tally;

    /** @param teams the teams that get a report of their own */
    public FiguresInProgress(ReportPeriod period, TeamSelection teams) {
        this.period = period;
        this.teams = teams;
    }

    /** Starts a fresh tally over the given reference data. */
    public void start(ReferenceData reference) {
        this.classifier = new RunClassifier(reference, period);
        this.tally = new RoiTally(reference, period, teams);
        teams.listed().stream().filter(team -> !reference.teams().containsKey(team)).forEach(team -> log.warn(
                "report.team-reports.teams names \"{}\", which is no {} entity: its report counts the runs whose"
                        + " primary team is \"{}\", if any. Check the identifier (not the title) in Port.",
                team, reference.schema().blueprints().team(), team));
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
