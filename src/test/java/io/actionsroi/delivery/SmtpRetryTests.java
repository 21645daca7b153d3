package io.actionsroi.delivery;

import static io.actionsroi.delivery.ScriptedSmtp.Moment.END_OF_DATA;
import static io.actionsroi.delivery.ScriptedSmtp.Moment.RCPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Which SMTP failures the delivery retries within a run, against a scripted SMTP server on loopback: the
 * transient ones (4xx replies, no answer), with a doubling wait; never the permanent ones (5xx replies,
 * refused credentials), which fail the delivery naming the recipient and the server's reason.
 */
class SmtpRetryTests {

    private static final Duration FIRST_WAIT = Duration.ofMillis(200);
    private static final String[] RETRIES = {"--report.email.retry.attempts=3",
            "--report.email.retry.initial-backoff=" + FIRST_WAIT.toMillis() + "ms", "--report.email.retry.max-backoff=5s",
            "--spring.mail.properties[mail.smtp.timeout]=1500"};

    @Test
    void eachTransientFailureIsRetriedAfterAWaitAndEveryRecipientGetsTheEmailOnce() {
        try (ScriptedSmtp smtp = ScriptedSmtp.start(); ConfiguredDelivery delivery = ConfiguredDelivery.to(smtp.port(), RETRIES)) {
            // given: each recipient's first attempt fails in one of the transient ways
            smtp.script(RCPT, "closing@example.com", "421 4.3.2 Service shutting down");
            smtp.script(RCPT, "busy@example.com", "450 4.2.1 Mailbox busy");
            smtp.script(END_OF_DATA, "local-error@example.com", "451 4.3.0 Local error in processing");
            smtp.script(RCPT, "full@example.com", "452 4.2.2 Insufficient system storage");
            smtp.script(END_OF_DATA, "timeout@example.com", ScriptedSmtp.SILENCE);
            List<String> recipients = List.of("closing@example.com", "busy@example.com", "local-error@example.com",
                    "full@example.com", "timeout@example.com");

            // when
            SmtpSender.Outcome outcome = delivery.send(recipients.toArray(String[]::new));

            // then: each was tried twice, the second time after the wait, and has one email
            assertThat(outcome.sentNow()).containsExactlyElementsOf(recipients);
            for (String recipient : recipients) {
                List<Instant> attempts = smtp.attemptsFor(recipient);
                assertThat(attempts).as(recipient).hasSize(2);
                assertThat(Duration.between(attempts.get(0), attempts.get(1))).as(recipient).isGreaterThanOrEqualTo(FIRST_WAIT);
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(1);
            }
        }
    }

    @Test
    void aRecipientStillRefusedAfterTheLastAttemptIsNamedWithTheReasonOnceTheOthersHaveIt() {
        try (ScriptedSmtp smtp = ScriptedSmtp.start(); ConfiguredDelivery delivery = ConfiguredDelivery.to(smtp.port(), RETRIES)) {
            // given
            smtp.script(RCPT, "busy@example.com", "450 4.2.1 Mailbox busy", "450 4.2.1 Mailbox busy",
                    "450 4.2.1 Mailbox busy");

            // when
            DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                    () -> delivery.send("busy@example.com", "cfo@example.com"));

            // then: three attempts, each wait twice the one before
            assertThat(failure).hasMessageContaining("reached 1 of 2 recipients; not delivered to: busy@example.com"
                    + " (450 4.2.1 Mailbox busy, after 3 attempts)");
            List<Instant> attempts = smtp.attemptsFor("busy@example.com");
            assertThat(attempts).hasSize(3);
            assertThat(Duration.between(attempts.get(0), attempts.get(1))).isGreaterThanOrEqualTo(FIRST_WAIT);
            assertThat(Duration.between(attempts.get(1), attempts.get(2))).isGreaterThanOrEqualTo(FIRST_WAIT.multipliedBy(2));
            assertThat(smtp.mailboxOf("cfo@example.com")).hasSize(1);
        }
    }

    @Test
    void aPermanentRefusalIsNotRetriedAndNamesTheRecipientAndTheServersReason() {
        try (ScriptedSmtp smtp = ScriptedSmtp.start(); ConfiguredDelivery delivery = ConfiguredDelivery.to(smtp.port(), RETRIES)) {
            // given
            smtp.script(RCPT, "gone@example.com", "550 5.1.1 No such user");
            smtp.script(END_OF_DATA, "strict@example.com", "554 5.7.1 Message rejected as spam");

            // when
            DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                    () -> delivery.send("gone@example.com", "strict@example.com", "cfo@example.com"));

            // then
            assertThat(failure).hasMessageContaining("reached 1 of 3 recipients; not delivered to:"
                    + " gone@example.com (550 5.1.1 No such user), strict@example.com (554 5.7.1 Message rejected as spam)."
                    + " Fix the address or the mail server");
            assertThat(smtp.attemptsFor("gone@example.com")).hasSize(1);
            assertThat(smtp.attemptsFor("strict@example.com")).hasSize(1);
            assertThat(smtp.mailboxOf("cfo@example.com")).hasSize(1);
        }
    }

    @Test
    void refusedCredentialsAreNotRetriedAndTheMessageSaysWhichSettingsToCheckWithoutThePassword() {
        try (ScriptedSmtp smtp = ScriptedSmtp.start(); ConfiguredDelivery delivery = ConfiguredDelivery.to(smtp.port(),
                "--report.email.retry.attempts=3", "--report.email.retry.initial-backoff=10s",
                "--spring.mail.username=actions-roi", "--spring.mail.password=an-old-password",
                "--report.email.require-tls=false")) {
            // given
            smtp.acceptLogin("actions-roi", "the-current-password");

            // when
            DeliveryException failure = catchThrowableOfType(DeliveryException.class, () -> delivery.send("cfo@example.com"));

            // then
            assertThat(failure).hasMessage("Could not connect to the mail server 127.0.0.1:" + smtp.port() + ": 535 5.7.8"
                    + " Authentication credentials invalid. The report email for 2026-09-30 reached 0 of 1 recipients; check"
                    + " spring.mail.username and spring.mail.password. A rerun sends it only to the recipients who do not"
                    + " have it.");
            assertThat(smtp.connections()).isEqualTo(1);
            assertThat(smtp.mailboxOf("cfo@example.com")).isEmpty();
        }
    }
}
