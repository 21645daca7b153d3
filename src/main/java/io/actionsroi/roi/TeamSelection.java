package io.actionsroi.roi;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which teams get a report of their own beside the organisation's.
 *
 * @param everyTeamWithRuns every {@code _team} entity that is the primary team of a counted run
 * @param listed these team identifiers, each with its report even when none of its runs counts (zeros then)
 */
public record TeamSelection(boolean everyTeamWithRuns, Set<String> listed) {

    /** The setting's word for every team with runs. */
    public static final String ALL = "all";
    public static final TeamSelection NONE = new TeamSelection(false, Set.of());
    public static final TeamSelection EVERY_TEAM_WITH_RUNS = new TeamSelection(true, Set.of());

    public TeamSelection {
        listed = Collections.unmodifiableSortedSet(new TreeSet<>(listed));
    }

    public static TeamSelection of(List<String> teams) {
        return new TeamSelection(false, Set.copyOf(teams));
    }
}
