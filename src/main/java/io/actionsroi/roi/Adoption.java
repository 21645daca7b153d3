package io.actionsroi.roi;

import java.util.List;

/**
 * Who uses the actions, out of everyone who could.
 *
 * @param users how many {@code _user} entities there are; null when the user directory could not be read
 * @param teams how many {@code _team} entities there are
 * @param userRate30d the last 30 days' active users per 100 users; null when {@code users} is 0 or null
 * @param teamRate30d the last 30 days' active teams that are {@code _team} entities per 100 teams; null
 *     without teams
 * @param teamsDetail one row per {@code _team} entity, by identifier, then "No Team"
 */
public record Adoption(Long users, long teams, Double userRate30d, Double teamRate30d, List<TeamAdoption> teamsDetail) {

    public Adoption {
        teamsDetail = List.copyOf(teamsDetail);
    }
}
