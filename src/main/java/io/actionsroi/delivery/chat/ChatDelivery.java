package io.actionsroi.delivery.chat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.actionsroi.delivery.DeliveryException;
import io.actionsroi.delivery.DeliveryKey;
import io.actionsroi.delivery.DeliveryLedger;
import io.actionsroi.delivery.DeliveryMode;
import io.actionsroi.report.AtomicFile;
import io.actionsroi.roi.RoiResult;

/**
 * Posts the report to each chat target configured (Slack webhook, Slack bot, Teams webhook), once per job
 * instance and target: each post is recorded in the delivery ledger as soon as the service accepted it,
 * under the target's hash, and a rerun makes only the posts missing. One target's failure does not keep the
 * others from theirs. A dry run writes each service's payload beside the reports and posts nothing; a chat
 * test posts marked "[TEST]", in an instance of its own; an email test send posts nothing.
 */
public final class ChatDelivery {

    private static final Logger log = LoggerFactory.getLogger(ChatDelivery.class);

    private final List<ChatTarget> targets;
    private final DeliveryLedger ledger;
    private final Attempts attempts;
    private final Clock clock;

    ChatDelivery(List<ChatTarget> targets, DeliveryLedger ledger, Attempts attempts, Clock clock) {
        this.targets = List.copyOf(targets);
        this.ledger = ledger;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** What keeps this run from delivering, checked before any work: a chat test needs a chat target. */
    public Optional<String> refusal(DeliveryMode mode) {
        if (mode.kind() == DeliveryMode.Kind.TEST_CHAT && targets.isEmpty()) {
            return Optional.of("A chat test needs a chat target, but none is set (or report.chat.enabled=false): set"
                    + " report.slack.webhook-url, report.slack.token and report.slack.channel, or"
                    + " report.msteams.webhook-url.");
        }
        return Optional.empty();
    }

    /**
     * Posts the report of {@code result}, whose PDF is {@code pdf}, to every target that does not have it yet.
     *
     * @param pdfLink the archived PDF's link; null when the archive made none
     * @param deliveryId identifies this delivery in the ledger: each target gets it once
     * @throws DeliveryException naming each target that did not get it (masked), once every other was tried
     */
    public void deliver(RoiResult result, Path pdf, URI pdfLink, DeliveryMode mode, long deliveryId) {
        if (targets.isEmpty()) {
            return;
        }
        ChatMessage message = ChatMessage.of(result, pdf, pdfLink, mode.kind() == DeliveryMode.Kind.TEST_CHAT);
        if (mode.kind() == DeliveryMode.Kind.DRY_RUN) {
            writePayloads(message, pdf.getParent(), result.reportDate().toString());
            return;
        }
        if (mode.kind() == DeliveryMode.Kind.TEST) {
            log.info("Not posted to chat: a test send of the email posts nothing (--report.test-chat=true tests chat)");
            return;
        }
        List<String> failed = new ArrayList<>();
        for (ChatTarget target : targets) {
            deliverTo(target, message, result, deliveryId).ifPresent(failed::add);
        }
        if (!failed.isEmpty()) {
            throw new DeliveryException("The report for " + result.reportDate() + " was not posted to "
                    + String.join("; ", failed) + ". The other chat targets have it; a rerun of the same command"
                    + " posts only what is missing.");
        }
    }

    /** Makes the posts of one target it does not have yet; why one failed, if one did. */
    private Optional<String> deliverTo(ChatTarget target, ChatMessage message, RoiResult result, long deliveryId) {
        for (ChatTarget.Delivery delivery : target.deliveries().apply(message)) {
            DeliveryKey key = new DeliveryKey(deliveryId, DeliveryKey.ORGANISATION, delivery.channel());
            if (ledger.deliveredTo(key).contains(target.ledgerTarget())) {
                log.info("{}: done by an earlier run", delivery.what());
                continue;
            }
            String messageId;
            try {
                messageId = attempts.run(delivery.what(), delivery.post());
            }
            catch (ChatFailure failure) {
                log.warn("{} failed: {}", delivery.what(), failure.getMessage());
                return Optional.of(target.name() + " (" + failure.getMessage() + ")");
            }
            try {
                ledger.record(key, target.ledgerTarget(), result.reportDate(), clock.instant(), messageId);
            }
            catch (RuntimeException e) {
                throw new DeliveryException(delivery.what() + " went through, but recording it in the delivery"
                        + " ledger failed: " + e.getMessage() + ". Check the job repository database; a rerun may post"
                        + " it once more.", e);
            }
            log.info("{}: done", delivery.what());
        }
        return Optional.empty();
    }

    private void writePayloads(ChatMessage message, Path folder, String reportDate) {
        Set<ChatTarget.Service> services = new LinkedHashSet<>();
        targets.forEach(target -> services.add(target.service()));
        for (ChatTarget.Service service : services) {
            String payload = switch (service) {
                case SLACK -> SlackMessage.json(SlackMessage.webhookPayload(message));
                case MSTEAMS -> TeamsCard.json(message);
            };
            Path file = folder.resolve(service.payloadFileName(reportDate));
            AtomicFile.write(file, out -> out.write(payload.getBytes(StandardCharsets.UTF_8)));
            log.info("Not posted to chat (dry run): the payload is written to {}", file);
        }
    }
}
