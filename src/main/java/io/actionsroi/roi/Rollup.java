package io.actionsroi.roi;

/**
 * The figures of one group of runs: a category (key = its identifier), a team (key = the team
 * identifier, or "No Team") or a user group (key = the group title, or "No Group").
 */
public record Rollup(String key, String title, Figures figures) {
}
