package io.actionsroi.roi;

/**
 * Whose report it is, when it is not the organisation's: a team's, over the runs whose primary team
 * it is.
 *
 * @param team the team's identifier in Port
 * @param title the team's title, or its identifier when it has none
 */
public record ReportScope(String team, String title) {
}
