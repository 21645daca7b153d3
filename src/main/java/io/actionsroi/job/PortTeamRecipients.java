package io.actionsroi.job;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;

import io.actionsroi.delivery.TeamRecipients;
import io.actionsroi.port.PortEntity;

/**
 * The addresses that each team's recipients property ({@code report.team-reports.recipients-property}) holds
 * in Port, read with the teams and kept in the job execution: a restart that does not read Port again (its
 * summary is written) still emails the teams their reports.
 */
final class PortTeamRecipients {

    private static final Logger log = LoggerFactory.getLogger(PortTeamRecipients.class);
    private static final String KEY_PREFIX = "teamRecipients.";
    private static final String SEPARATOR = "\n";

    private PortTeamRecipients() {
    }

    /** Keeps the addresses of each team's {@code property}, in place of any an earlier execution kept. */
    static void keep(JobExecution job, List<PortEntity> teams, String property) {
        job.getExecutionContext().entrySet().stream()
                .map(Map.Entry::getKey)
                .filter(key -> key.startsWith(KEY_PREFIX))
                .toList()
                .forEach(job.getExecutionContext()::remove);
        if (property == null) {
            return;
        }
        for (PortEntity team : teams) {
            TeamRecipients.PropertyAddresses found = TeamRecipients.fromProperty(team.properties().get(property));
            if (!found.notAddresses().isEmpty()) {
                log.warn("Team {}: its property '{}' (report.team-reports.recipients-property) holds {} that is not an"
                        + " email address: left out of its recipients. Fix it in Port.", team.identifier(), property,
                        found.notAddresses());
            }
            if (!found.addresses().isEmpty()) {
                job.getExecutionContext().putString(KEY_PREFIX + team.identifier(),
                        String.join(SEPARATOR, found.addresses()));
            }
        }
    }

    /** The addresses kept for team {@code team}; empty when it has none. */
    static List<String> of(JobExecution job, String team) {
        String kept = job.getExecutionContext().getString(KEY_PREFIX + team, null);
        return kept == null ? List.of() : Arrays.asList(kept.split(SEPARATOR));
    }
}
