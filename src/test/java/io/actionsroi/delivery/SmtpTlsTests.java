package io.actionsroi.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.actionsroi.delivery.ScriptedSmtp.Command;
import io.actionsroi.job.ReportCommand;
import io.actionsroi.tls.TestCertificates;

/**
 * The SMTP connection's protection: with a login, the password goes only over TLS (STARTTLS, or TLS from
 * the first byte), and the server's certificate is checked against {@code report.email.trust-store}.
 * STARTTLS against a scripted server (GreenMail does not offer it), SMTPS against GreenMail; both with a
 * certificate for 127.0.0.1 made for the test. (SecretsFunctionalTests runs the whole job over SMTPS.)
 */
@ExtendWith(OutputCaptureExtension.class)
class SmtpTlsTests {

    private static final String USER = "actions-roi";
    private static final String PASSWORD = "the-smtp-password";
    private static final String[] LOGIN = {"--spring.mail.username=" + USER, "--spring.mail.password=" + PASSWORD};
    private static final String LEADERSHIP = "cfo@example.com";

    private final TestCertificates certificates = TestCertificates.get();

    @TempDir
    Path folder;

    @Test
    void withALoginStartTlsComesFirstAndThePasswordAndTheEmailGoOverTls() {
        try (ScriptedSmtp smtp = ScriptedSmtp.withStartTls(certificates.serverContext());
                ConfiguredDelivery delivery = ConfiguredDelivery.to(smtp.port(), login(
                        "--report.email.trust-store=" + certificates.caPkcs12(),
                        "--report.email.trust-store-password=" + TestCertificates.PASSWORD))) {
            // given
            smtp.acceptLogin(USER, PASSWORD);

            // when
            delivery.send(LEADERSHIP);

            // then
            assertThat(smtp.mailboxOf(LEADERSHIP)).hasSize(1);
            List<Command> commands = smtp.commands();
            assertThat(commands.stream().map(Command::line).filter(line -> !line.startsWith("EHLO")).findFirst())
                    .hasValue("STARTTLS");
            assertThat(commands).filteredOn(command -> command.line().startsWith("AUTH")).isNotEmpty()
                    .allMatch(Command::overTls);
            assertThat(commands).filteredOn(command -> command.line().startsWith("MAIL")).allMatch(Command::overTls);
        }
    }

    @Test
    void aServerWithoutStartTlsIsRefusedBeforeThePasswordIsSentAndNotTriedAgain() {
        try (ScriptedSmtp smtp = ScriptedSmtp.start(); ConfiguredDelivery delivery = ConfiguredDelivery.to(smtp.port(),
                login("--report.email.retry.attempts=3", "--report.email.retry.initial-backoff=10s"))) {
            // given: a server that offers a login in clear, and no STARTTLS
            smtp.acceptLogin(USER, PASSWORD);

            // when
            DeliveryException refusal = catchThrowableOfType(DeliveryException.class, () -> delivery.send(LEADERSHIP));

            // then
            assertThat(refusal).hasMessage("The SMTP server at 127.0.0.1:" + smtp.port() + " does not offer STARTTLS;"
                    + " the password was not sent, and no email either. Use the server's submission port with STARTTLS"
                    + " (spring.mail.port, usually 587) or its TLS port (spring.mail.ssl.enabled=true, usually 465); only"
                    + " for a relay on this machine, allow a login in clear with report.email.require-tls=false.");
            assertThat(smtp.commands()).extracting(Command::line).allMatch(line -> line.startsWith("EHLO"));
            assertThat(smtp.connections()).isEqualTo(1);
        }
    }

    @Test
    void requireTlsFalseAllowsALoginInClearForARelayOnTheSameMachine() {
        try (ScriptedSmtp smtp = ScriptedSmtp.start();
                ConfiguredDelivery delivery = ConfiguredDelivery.to(smtp.port(), login("--report.email.require-tls=false"))) {
            // given
            smtp.acceptLogin(USER, PASSWORD);

            // when
            delivery.send(LEADERSHIP);

            // then
            assertThat(smtp.mailboxOf(LEADERSHIP)).hasSize(1);
            assertThat(smtp.commands()).filteredOn(command -> command.line().startsWith("AUTH")).isNotEmpty()
                    .noneMatch(Command::overTls);
        }
    }

    @Test
    void smtpsIsRefusedAtOnceUntilTheTrustStoreHoldsTheServersCertificate() {
        try (LoopbackSmtp smtps = LoopbackSmtp.startSmtps(certificates.serverKeyStore(), TestCertificates.PASSWORD)) {
            // given: a server speaking TLS from the first byte, whose certificate the JVM does not trust
            smtps.acceptLogin(USER, PASSWORD);

            // when
            DeliveryException untrusted;
            try (ConfiguredDelivery delivery = ConfiguredDelivery.to(smtps.port(), login("--spring.mail.ssl.enabled=true",
                    "--report.email.retry.attempts=3", "--report.email.retry.initial-backoff=10s"))) {
                untrusted = catchThrowableOfType(DeliveryException.class, () -> delivery.send(LEADERSHIP));
            }

            // then: refused at once (not retried), saying what to set
            assertThat(untrusted).hasMessageStartingWith("Could not connect to the mail server 127.0.0.1:" + smtps.port())
                    .hasMessageContaining("; the server's TLS certificate is not trusted: set report.email.trust-store to the"
                            + " certificate of the CA that signed it (a PEM file, or a PKCS#12 file).")
                    .message().doesNotContain("attempts").doesNotContain(PASSWORD);
            assertThat(smtps.all()).isEmpty();

            // when: the certificate is given as a PEM trust store
            try (ConfiguredDelivery delivery = ConfiguredDelivery.to(smtps.port(), login("--spring.mail.ssl.enabled=true",
                    "--report.email.trust-store=" + certificates.caPem()))) {
                delivery.send(LEADERSHIP);
            }

            // then
            assertThat(smtps.mailboxOf(LEADERSHIP)).hasSize(1);
        }
    }

    @Test
    void aTrustStoreThatCannotBeReadIsRefusedBeforeAnyWork(CapturedOutput output) {
        // given
        MailedReportCli cli = new MailedReportCli(folder, LoopbackSmtp.freePort());
        Path missing = folder.resolve("company-ca.pem");

        // when
        int exitCode = cli.run("--report.email.trust-store=" + missing);

        // then
        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(output.getErr().strip()).startsWith("Invalid setting report.email.trust-store=" + missing
                + ": the file cannot be read");
        assertThat(cli.reportFile("json")).doesNotExist();
    }

    private static String[] login(String... settings) {
        return Stream.concat(Stream.of(LOGIN), Stream.of(settings)).toArray(String[]::new);
    }
}
