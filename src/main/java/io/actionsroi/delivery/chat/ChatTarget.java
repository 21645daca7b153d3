package io.actionsroi.delivery.chat;

import java.util.List;

/**
 * One place a report is posted to: a Slack webhook, a Slack bot's channel, a Teams webhook.
 */
interface ChatTarget {

    /** "the Slack webhook https://hooks.slack.com/…": names it in the log and in errors, without its secret. */
    String describe();

    /** What the delivery ledger keeps of it: the SHA-256 of its webhook URL or channel id. */
    String ledgerTarget();

    /** The service this target is on, which decides the dry run's payload file. */
    Service service();

    /**
     * The posts that deliver {@code message} here, in order; each is kept in the ledger under its channel, so
     * that a rerun makes only those missing. A post that fails stops the ones after it.
     */
    List<Delivery> deliveries(ChatMessage message);

    /** One post and the ledger channel it is counted under. */
    record Delivery(String channel, String what, Attempts.Post post) {
    }

    /** A chat service, and the file a dry run writes its payload to. */
    enum Service {
        SLACK(".slack.json"), MSTEAMS(".teams.json");

        private final String extension;

        Service(String extension) {
            this.extension = extension;
        }

        /** "actions-roi-2026-09-30.slack.json". */
        String payloadFileName(String reportDate) {
            return "actions-roi-" + reportDate + extension;
        }
    }
}
