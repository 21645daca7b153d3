package io.actionsroi.delivery;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP server of {@code spring.mail.*}, when {@code spring.mail.host} is set. Connections use the
 * session Spring Boot configured (timeouts, TLS, with {@link SmtpTls}'s rules) and its credentials, which
 * this class never prints.
 */
public final class MailServer {

    private final JavaMailSenderImpl sender;

    /** @param sender Spring Boot's mail sender, or null when no {@code spring.mail.host} is set */
    public MailServer(JavaMailSenderImpl sender) {
        this.sender = sender;
    }

    public boolean isConfigured() {
        return sender != null;
    }

    /** The session messages are built in; a bare one when no server is configured. */
    public Session session() {
        return sender != null ? sender.getSession() : Session.getInstance(new Properties());
    }

    /** Host and port, for messages. */
    public String address() {
        if (sender == null) {
            return "(no spring.mail.host)";
        }
        return sender.getHost() + ":" + (sender.getPort() > 0 ? sender.getPort() : "default port");
    }

    /**
     * Opens an authenticated connection; the caller closes it.
     *
     * @throws DeliveryException when the server does not offer the STARTTLS that is required: nothing was sent
     */
    public Transport connect() throws MessagingException {
        if (sender == null) {
            throw new IllegalStateException("No mail server: spring.mail.host is not set");
        }
        Transport transport = sender.getSession().getTransport(sender.getProtocol());
        try {
            transport.connect(sender.getHost(), sender.getPort(), blankToNull(sender.getUsername()),
                    blankToNull(sender.getPassword()));
        }
        catch (MessagingException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not support STARTTLS")) {
                throw new DeliveryException(withoutStartTls(), e);
            }
            throw e;
        }
        return transport;
    }

    private String withoutStartTls() {
        String tls = "Use the server's submission port with STARTTLS (spring.mail.port, usually 587) or its TLS port"
                + " (spring.mail.ssl.enabled=true, usually 465)";
        if (SmtpTls.logsIn(sender)) {
            return "The SMTP server at " + address() + " does not offer STARTTLS; the password was not sent, and no"
                    + " email either. " + tls + "; only for a relay on this machine, allow a login in clear with"
                    + " report.email.require-tls=false.";
        }
        return "The SMTP server at " + address() + " does not offer STARTTLS, which"
                + " spring.mail.properties[mail.smtp.starttls.required]=true requires: no email was sent. " + tls + ".";
    }

    /** An empty user name (an unset environment variable) means no authentication, not an empty login. */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
