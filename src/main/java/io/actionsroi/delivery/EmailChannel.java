package io.actionsroi.delivery;

import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Whether a run's email is sent, and to whom. It is sent over SMTP when {@code report.email.enabled}
 * is true and {@code spring.mail.host} is set, except in a dry run; otherwise it is only written as a
 * .eml file. A test send goes to the test recipients only, never to leadership's cc or bcc.
 */
public final class EmailChannel {

    private final EmailProperties email;
    private final MailServer server;

    public EmailChannel(EmailProperties email, MailServer server) {
        this.email = email;
        this.server = server;
    }

    /** Whether this run sends the email. */
    public boolean sends(DeliveryMode mode) {
        return whyNotSent(mode).isEmpty();
    }

    /** Why this run does not send the email, for the log; empty when it does. */
    public Optional<String> whyNotSent(DeliveryMode mode) {
        if (mode.kind() == DeliveryMode.Kind.DRY_RUN) {
            return Optional.of("dry run");
        }
        if (mode.kind() == DeliveryMode.Kind.TEST_CHAT) {
            return Optional.of("a chat test sends no email");
        }
        if (!email.enabled()) {
            return Optional.of("report.email.enabled=false");
        }
        if (!server.isConfigured()) {
            return Optional.of("no spring.mail.host is set");
        }
        return Optional.empty();
    }

    /** Whom the email is addressed to in this mode. */
    public Recipients recipients(DeliveryMode mode) {
        if (mode.kind() == DeliveryMode.Kind.TEST) {
            return new Recipients(mode.testRecipients(), List.of(), List.of());
        }
        return new Recipients(email.to(), email.cc(), email.bcc());
    }

    /**
     * What keeps this run from delivering, checked before any work: a send needs a sender and
     * recipients, and a test send needs a mail server (else it would test nothing).
     */
    public Optional<String> refusal(DeliveryMode mode) {
        if (mode.kind() == DeliveryMode.Kind.TEST && !sends(mode)) {
            return Optional.of("A test send needs a mail server, but " + whyNotSent(mode).orElseThrow()
                    + ": set spring.mail.host (and report.email.enabled=true), or use --report.dry-run=true to only"
                    + " write the email as a file.");
        }
        if (!sends(mode)) {
            return Optional.empty();
        }
        if (email.from() == null || email.from().isBlank()) {
            return Optional.of("report.email.from is not set: set the sender address of the report email, or set"
                    + " report.email.enabled=false to only write the email as a file.");
        }
        try {
            InternetAddress.parse(email.from(), true);
        }
        catch (AddressException e) {
            return Optional.of("Invalid setting report.email.from=" + email.from() + ": expected an email address"
                    + " such as actions-roi@example.com or \"Actions ROI <actions-roi@example.com>\".");
        }
        if (recipients(mode).envelope().isEmpty()) {
            return Optional.of("report.email.to is empty: set the leadership recipients, or set"
                    + " report.email.enabled=false to only write the email as a file.");
        }
        return Optional.empty();
    }
}
