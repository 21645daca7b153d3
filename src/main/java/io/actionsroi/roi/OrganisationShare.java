package io.actionsroi.roi;

/**
 * The organisation's figures that a team's report sets its own against: its share of the hours saved,
 * and its success rate against the organisation's.
 *
 * @param totalRuns the organisation's counted runs
 * @param successRate the organisation's {@code success_rate} in percent (0 without runs)
 * @param totalLeadTimeSavingsH the organisation's hours saved
 * @param monthLeadTimeSavingsH the organisation's hours saved in the last 30 days
 */
public record OrganisationShare(long totalRuns, double successRate, double totalLeadTimeSavingsH,
        double monthLeadTimeSavingsH) {
}
