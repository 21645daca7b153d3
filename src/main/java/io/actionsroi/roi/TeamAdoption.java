package io.actionsroi.roi;

import java.time.Instant;

/**
 * How much one team (a {@code _team} entity, or "No Team") uses the actions.
 *
 * @param members users whose teams include this one; null for "No Team" and when the user directory
 *     could not be read
 * @param activeMembers30d those members who ran any action in the last 30 days, whatever the run's
 *     primary team; null when {@code members} is
 * @param runs30d counted runs of the last 30 days whose primary team this is
 * @param leadTimeSavingsH30d the hours those runs saved
 * @param lastRunAt the creation time of the latest counted run whose primary team this is, at any age;
 *     null when it has none
 */
public record TeamAdoption(
        String key,
        String title,
        Long members,
        Long activeMembers30d,
        long runs30d,
        double leadTimeSavingsH30d,
        Instant lastRunAt) {

    /**
     * A team that ran nothing in the last 30 days: the one leadership should hear about. "No Team" is no
     * team to talk to, so it never lags.
     */
    public boolean lagging() {
        return runs30d == 0 && !RunFacts.NO_TEAM.equals(key);
    }
}
