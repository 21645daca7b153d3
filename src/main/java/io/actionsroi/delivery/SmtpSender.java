package io.actionsroi.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one message to each recipient in turn, one SMTP envelope each, so that a recipient the server
 * refuses does not keep the others from getting it, and records each delivery in the ledger as soon as
 * the server accepted it. Recipients already in the ledger for the job instance are skipped: a restart
 * sends only to the ones missing. Transient failures are retried with a doubling backoff.
 */
public final class SmtpSender {

    private static final Logger log = LoggerFactory.getLogger(SmtpSender.class);

    private final MailServer server;
    private final DeliveryLedger ledger;
    private final EmailProperties.Retry retry;
    private final Clock clock;

    public SmtpSender(MailServer server, DeliveryLedger ledger, EmailProperties.Retry retry, Clock clock) {
        this.server = server;
        this.ledger = ledger;
        this.retry = retry;
        this.clock = clock;
    }

    /** How a send went: the recipients it reached now, and those that had it from an earlier run. */
    public record Outcome(List<String> sentNow, List<String> sentBefore) {
    }

    /**
     * Sends {@code message} to every address of {@code envelope} not yet in the ledger under {@code key}.
     *
     * @throws DeliveryException naming the recipients that did not get it, once every other one was tried
     * @throws MailServerUnreachableException when no connection to the mail server could be made
     */
    public Outcome send(MimeMessage message, List<String> envelope, DeliveryKey key, LocalDate reportDate) {
        Set<String> before = ledger.deliveredTo(key);
        List<String> sentBefore = envelope.stream().filter(to -> before.contains(DeliveryLedger.normalize(to))).toList();
        List<String> pending = envelope.stream().filter(to -> !before.contains(DeliveryLedger.normalize(to))).toList();
        List<String> sentNow = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (Connection connection = new Connection()) {
            for (String recipient : pending) {
                Failure failure = sendWithRetries(connection, message, recipient);
                if (failure == null) {
                    record(key, recipient, reportDate, message);
                    sentNow.add(recipient);
                }
                else if (connection.unreachable) {
                    throw new MailServerUnreachableException("Could not connect to the mail server "
                            + server.address() + ": " + failure + ". The report email for " + reportDate + " reached "
                            + (sentBefore.size() + sentNow.size()) + " of " + envelope.size() + " recipients; "
                            + failure.remedy() + ". A rerun sends it only to the recipients who do not have it.");
                }
                else {
                    failed.add(recipient + " (" + failure + ")");
                }
            }
        }
        if (!failed.isEmpty()) {
            throw new DeliveryException("The report email for " + reportDate + " reached "
                    + (sentBefore.size() + sentNow.size()) + " of " + envelope.size() + " recipients; not delivered"
                    + " to: " + String.join(", ", failed) + ". Fix the address or the mail server; a rerun sends it only"
                    + " to the recipients who do not have it.");
        }
        return new Outcome(sentNow, sentBefore);
    }

    /** Why a recipient did not get the email, after how many attempts, and what to check when it was the connection. */
    private record Failure(String reason, int attempts, String remedy) {

        @Override
        public String toString() {
            return reason + (attempts == 1 ? "" : ", after " + attempts + " attempts");
        }
    }

    /** Sends to one recipient; returns null when the server accepted it. */
    private Failure sendWithRetries(Connection connection, MimeMessage message, String recipient) {
        Address[] envelope = {address(recipient)};
        for (int attempt = 1;; attempt++) {
            try {
                connection.open().sendMessage(message, envelope);
                return null;
            }
            catch (MessagingException e) {
                connection.close();
                String reason = SmtpFailures.describe(e);
                if (!SmtpFailures.isTransient(e) || attempt >= retry.attempts()) {
                    return new Failure(reason, attempt, SmtpFailures.connectionRemedy(e));
                }
                Duration wait = retry.backoffAfter(attempt);
                log.warn("Sending the report email to {} failed: {}; attempt {} of {}, retrying in {} ms", recipient,
                        reason, attempt, retry.attempts(), wait.toMillis());
                sleep(wait);
            }
        }
    }

    private void record(DeliveryKey key, String recipient, LocalDate reportDate, MimeMessage message) {
        try {
            ledger.record(key, recipient, reportDate, clock.instant(), message.getMessageID());
        }
        catch (MessagingException | RuntimeException e) {
            throw new DeliveryException("The report email for " + reportDate + " was sent to " + recipient
                    + ", but recording it in the delivery ledger (table " + DeliveryLedger.TABLE + ") failed: "
                    + e.getMessage() + ". Check the job repository database; a rerun may send it to " + recipient
                    + " once more.", e);
        }
    }

    private static InternetAddress address(String recipient) {
        try {
            return new InternetAddress(recipient, true);
        }
        catch (MessagingException e) {
            throw new DeliveryException("'" + recipient + "' is not an email address (" + e.getMessage()
                    + "). Fix report.email.to, cc or bcc.", e);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("Interrupted while waiting to retry the report email", e);
        }
    }

    /** One SMTP connection, opened when needed and again after a failure. */
    private final class Connection implements AutoCloseable {

        private Transport transport;
        /** Whether the last attempt failed to connect at all, rather than to send. */
        private boolean unreachable;

        Transport open() throws MessagingException {
            if (transport == null || !transport.isConnected()) {
                unreachable = true;
                transport = server.connect();
            }
            unreachable = false;
            return transport;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                }
                catch (MessagingException e) {
                    log.debug("Closing the SMTP connection failed", e);
                }
                transport = null;
            }
        }
    }
}
