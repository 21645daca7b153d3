package io.actionsroi.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.actionsroi.delivery.ArchiveOutcome;
import io.actionsroi.delivery.DeliveryException;
import io.actionsroi.delivery.DeliveryKey;
import io.actionsroi.delivery.DeliveryMode;
import io.actionsroi.delivery.MailServerUnreachableException;
import io.actionsroi.delivery.MailedReport;
import io.actionsroi.delivery.ReportMailer;
import io.actionsroi.delivery.TeamRecipients;
import io.actionsroi.roi.RoiResult;

/**
 * The email step: the organisation's report email, then each team's, each built from its JSON summary and
 * the report files beside it, linking to its PDF in the archive when the archive step archived it (or saying
 * that the archive failed). An email that does not reach every recipient does not keep the next ones from
 * going out; the step then fails naming each report not delivered. The job instance and the report's scope
 * identify each delivery, so a restart sends only to those who did not get it.
 */
public class DeliveryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DeliveryTasklet.class);

    private final ReportMailer mailer;
    private final TeamRecipients teamRecipients;

    public DeliveryTasklet(ReportMailer mailer, TeamRecipients teamRecipients) {
        this.mailer = mailer;
        this.teamRecipients = teamRecipients;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        ReportFiles files = ReportFiles.of(job);
        DeliveryMode mode = DeliveryInstances.mode(job.getJobParameters());
        long deliveryId = job.getJobInstance().getInstanceId();
        List<String> notDelivered = new ArrayList<>();
        List<ReportFiles> teams = files.teams();
        String unreachable = null;

        if (mode.includesOrganisation()) {
            try {
                mailer.deliver(mailed(job, files, files.result()), mode, deliveryId);
            }
            catch (RuntimeException e) {
                if (teams.isEmpty()) {
                    throw e; // the only email of the run: its own message says it all
                }
                if (e instanceof MailServerUnreachableException) {
                    unreachable = e.getMessage();
                    notDelivered.add("the organisation's report");
                }
                else {
                    notDelivered.add("the organisation's report (" + FailureMessages.describe(e) + ")");
                }
            }
        }
        boolean testTeamFound = false;
        Set<String> teamsWithReports = new HashSet<>();
        for (ReportFiles team : teams) {
            String which = "the report in " + team.folder();
            try {
                RoiResult result = team.result();
                String identifier = result.scope().team();
                which = "team " + identifier + "'s report";
                teamsWithReports.add(identifier);
                if (!mode.includesTeam(identifier)) {
                    continue;
                }
                testTeamFound = true;
                if (unreachable != null) {
                    notDelivered.add(which);
                    continue;
                }
                mailer.deliverTeam(mailed(job, team, result),
                        teamRecipients.of(identifier, PortTeamRecipients.of(job, identifier)), mode, deliveryId);
            }
            catch (MailServerUnreachableException e) {
                unreachable = e.getMessage();
                notDelivered.add(which);
            }
            catch (RuntimeException e) {
                notDelivered.add(which + " (" + FailureMessages.describe(e) + ")");
            }
        }
        if (!teams.isEmpty()) {
            teamRecipients.configuredTeams().stream()
                    .filter(configured -> !teamsWithReports.contains(configured))
                    .sorted()
                    .forEach(configured -> log.warn("report.team-reports gives recipients to team {}, which has no"
                            + " report for {}: check its identifier in Port (and report.team-reports.teams).",
                            configured, files.reportDate()));
        }
        if (mode.testTeam() != null && !testTeamFound) {
            throw new DeliveryException("No report of team " + mode.testTeam() + " (report.test-team) in "
                    + files.folder().resolve("teams") + ": give the identifier of a team that has a report (see"
                    + " report.team-reports.enabled and report.team-reports.teams).");
        }
        if (!notDelivered.isEmpty()) {
            throw new DeliveryException((unreachable != null ? unreachable + " " : "") + "Not delivered to every"
                    + " recipient: " + String.join("; ", notDelivered) + ". A rerun sends each only to the recipients"
                    + " who do not have it.");
        }
        return RepeatStatus.FINISHED;
    }

    private static MailedReport mailed(JobExecution job, ReportFiles files, RoiResult result) {
        String scope = result.scope() == null ? DeliveryKey.ORGANISATION : DeliveryKey.team(result.scope().team());
        ArchiveOutcome archive = new ArchiveOutcome(ArchiveLinks.pdfLink(job, scope).orElse(null),
                DeliveryStepTasklet.notDelivered(job).containsKey(ActionsRoiJobConfiguration.ARCHIVE));
        return new MailedReport(result, files.folder(), files.pdf(), files.workbook(), files.baseName(), archive);
    }
}
