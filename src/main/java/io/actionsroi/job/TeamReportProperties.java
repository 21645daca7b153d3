package io.actionsroi.job;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.actionsroi.roi.TeamSelection;

/**
 * One report per team beside the organisation's, each over the runs whose primary team is that team.
 *
 * @param enabled make the team reports
 * @param teams which teams get one: {@code all} (every {@code _team} entity with a counted run), or a list of
 *     team identifiers, each of which gets its report even without runs
 */
@ConfigurationProperties("report.team-reports")
public record TeamReportProperties(boolean enabled, @DefaultValue(TeamSelection.ALL) List<String> teams) {

    public TeamReportProperties {
        teams = teams == null ? List.of(TeamSelection.ALL) : List.copyOf(teams);
        if (teams.isEmpty() || teams.contains(TeamSelection.ALL) && teams.size() > 1
                || teams.stream().anyMatch(team -> team == null || team.isBlank())) {
            throw new IllegalArgumentException("Invalid setting report.team-reports.teams=" + String.join(",", teams)
                    + ": give either all (every team with runs) or a list of team identifiers, not both and"
                    + " none blank.");
        }
    }

    /** The teams whose reports the tally makes: none when the team reports are off. */
    public TeamSelection selection() {
        if (!enabled) {
            return TeamSelection.NONE;
        }
        return teams.equals(List.of(TeamSelection.ALL)) ? TeamSelection.EVERY_TEAM_WITH_RUNS : TeamSelection.of(teams);
    }
}
