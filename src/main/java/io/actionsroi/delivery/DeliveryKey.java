package io.actionsroi.delivery;

/**
 * What the ledger counts deliveries of: one report (the organisation's or a team's) of one job instance,
 * on one channel. Each target of a key (an email address, a chat target's hash) gets it once.
 *
 * @param jobInstanceId the job instance: a report date and zone, or a one-off run of it
 * @param scope {@link #ORGANISATION}, or {@link #team} of a team identifier
 * @param channel {@link #EMAIL}, or a chat channel's name
 */
public record DeliveryKey(long jobInstanceId, String scope, String channel) {

    /** The scope of the organisation's report. */
    public static final String ORGANISATION = "organisation";
    /** The channel of the report email. */
    public static final String EMAIL = "email";

    public DeliveryKey {
        if (scope == null || scope.isBlank() || channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("A delivery key names its scope and channel");
        }
    }

    /** The organisation's report email of a job instance. */
    public static DeliveryKey organisationEmail(long jobInstanceId) {
        return new DeliveryKey(jobInstanceId, ORGANISATION, EMAIL);
    }

    /** The scope of a team's report. */
    public static String team(String teamIdentifier) {
        return "team:" + teamIdentifier;
    }
}
