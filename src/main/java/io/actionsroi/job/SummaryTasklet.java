package io.actionsroi.job;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.actionsroi.report.TeamFileNames;
import io.actionsroi.report.json.SummaryJson;
import io.actionsroi.roi.RoiReports;
import io.actionsroi.roi.RoiResult;

/**
 * Step 3: finishes the tally into the organisation's result and each team's, and writes their JSON
 * summaries, the teams' first: the job records that the summary exists only once every one is written, so a
 * restart that skips the figures finds them all. The later steps read the results back from these files, so
 * restarting one of them recomputes nothing.
 */
public class SummaryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SummaryTasklet.class);

    private final FiguresInProgress figures;
    private final ReportProperties report;
    private final String source;
    private final Clock clock;

    public SummaryTasklet(FiguresInProgress figures, ReportProperties report, String source, Clock clock) {
        this.figures = figures;
        this.report = report;
        this.source = source;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RoiReports reports = figures.tally().finishReports(clock.instant(), source, report.pricing());
        RoiResult result = reports.organisation();
        ReportFiles files = ReportFiles.in(report.outputFolder(result.reportDate()), result.reportDate());
        // the team reports of an earlier execution (a resend, other teams) would otherwise be rendered and sent
        files.teams().forEach(ReportFiles::delete);
        Map<String, RoiResult> teamsByName = new LinkedHashMap<>();
        for (RoiResult team : reports.teams()) {
            String name = TeamFileNames.of(team.scope().team());
            RoiResult other = teamsByName.putIfAbsent(name, team);
            if (other != null) {
                throw new IllegalStateException("The teams \"" + other.scope().team() + "\" and \""
                        + team.scope().team() + "\" would share the file name " + name + ", so no report is written."
                        + " Leave one of them out of report.team-reports.teams.");
            }
        }
        teamsByName.forEach((name, team) -> SummaryJson.write(team, files.forTeam(name).summary()));
        SummaryJson.write(result, files.summary());
        files.summaryWrittenIn(chunkContext.getStepContext().getStepExecution().getJobExecution());
        log.info("Wrote {}{}", files.summary(), reports.teams().isEmpty() ? ""
                : " and " + reports.teams().size() + " team reports in " + files.folder().resolve("teams"));
        return RepeatStatus.FINISHED;
    }
}
