package io.actionsroi.delivery;

import java.util.Properties;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import io.actionsroi.tls.TrustStore;

/**
 * How the connection to the SMTP server is protected, on top of Spring Boot's {@code spring.mail.*}: with a
 * login, the connection must be TLS ({@code report.email.require-tls}), so that the password never crosses
 * the network in clear; and the server's certificate is checked against {@code report.email.trust-store}
 * when it is set. Jakarta Mail applies both: STARTTLS before anything else is sent, and the same trust for
 * STARTTLS and for TLS from the first byte ({@code spring.mail.ssl.enabled}).
 */
final class SmtpTls {

    static final String TRUST_STORE = "report.email.trust-store";

    private SmtpTls() {
    }

    /** Whether the sender logs in: an empty user name (an unset environment variable) means no login. */
    static boolean logsIn(JavaMailSenderImpl sender) {
        return sender.getUsername() != null && !sender.getUsername().isBlank();
    }

    /**
     * Applies {@code email}'s TLS settings to the session of Spring Boot's sender, before it is first used.
     *
     * @throws IllegalArgumentException when the trust store cannot be read
     */
    static void secure(JavaMailSenderImpl sender, EmailProperties email) {
        Properties session = new Properties();
        session.putAll(sender.getJavaMailProperties());
        String prefix = "mail." + sender.getProtocol() + ".";
        if (email.requireTls() && logsIn(sender)) {
            session.setProperty(prefix + "starttls.enable", "true");
            session.setProperty(prefix + "starttls.required", "true");
        }
        if (email.trustStore() != null) {
            session.put(prefix + "ssl.socketFactory",
                    TrustStore.sslContext(TRUST_STORE, email.trustStore(), email.trustStorePassword()).getSocketFactory());
        }
        sender.setJavaMailProperties(session);
    }
}
