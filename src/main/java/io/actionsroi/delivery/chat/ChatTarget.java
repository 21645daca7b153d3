package io.actionsroi.delivery.chat;

import java.util.List;
import java.util.function.Function;

/**
 * One place a report is posted to: a Slack webhook, a Slack bot's channel, a Teams webhook.
 *
 * @param name "the Slack webhook https://hooks.slack.com/…": names it in the log and in errors, without its secret
 * @param ledgerTarget what the delivery ledger keeps of it: the SHA-256 of its webhook URL or channel id
 * @param service the service it is on, which decides the dry run's payload file
 * @param deliveries the posts that deliver a message here, in order; each is kept in the ledger under its
 *     channel, so that a rerun makes only those missing. A post that fails stops the ones after it
 */
record ChatTarget(String name, String ledgerTarget, Service service, Function<ChatMessage, List<Delivery>> deliveries) {

    /** One post and the ledger channel it is counted under; {@code what} names it in the log. */
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
