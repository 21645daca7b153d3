package io.actionsroi.delivery;

import java.security.cert.CertificateException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Tells a failure worth retrying from one that will not go away by itself. An SMTP reply in the 4xx
 * range is transient by definition, and so is a failure with no reply at all (no connection, a
 * timeout, a dropped connection); a 5xx reply, refused credentials and a TLS certificate that is not
 * trusted are permanent.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static boolean isTransient(MessagingException failure) {
        int code = replyCode(failure);
        if (code > 0) {
            return code >= 400 && code < 500;
        }
        return !(failure instanceof AuthenticationFailedException) && !isUntrusted(failure);
    }

    /** What to check when connecting (or logging in) failed: the settings the failure points at. */
    static String connectionRemedy(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return "check spring.mail.username and spring.mail.password";
        }
        if (isUntrusted(failure)) {
            return "the server's TLS certificate is not trusted: set " + SmtpTls.TRUST_STORE + " to the certificate of"
                    + " the CA that signed it (a PEM file, or a PKCS#12 file)";
        }
        return "check spring.mail.host, spring.mail.port and the credentials";
    }

    /** Whether the server's TLS certificate was refused (unknown CA, another host's name). */
    private static boolean isUntrusted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    /** The server's answer, or the failure's own message when the server did not answer. */
    static String describe(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (replyCodeOf(cause) > 0 && cause.getMessage() != null) {
                return cause.getMessage().strip();
            }
        }
        Throwable innermost = failure;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        String message = failure.getMessage();
        String cause = innermost != failure && innermost.getMessage() != null ? innermost.getMessage() : null;
        String text = message == null ? cause : cause == null || message.contains(cause) ? message : message + ": " + cause;
        return text != null ? text.strip() : failure.getClass().getSimpleName();
    }

    /** The first SMTP reply code in the failure's chain, 0 when there is none. */
    private static int replyCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            int code = replyCodeOf(cause);
            if (code > 0) {
                return code;
            }
        }
        return 0;
    }

    private static int replyCodeOf(Throwable failure) {
        if (failure instanceof SMTPAddressFailedException refused) {
            return refused.getReturnCode();
        }
        if (failure instanceof SMTPSenderFailedException refused) {
            return refused.getReturnCode();
        }
        if (failure instanceof SMTPSendFailedException refused) {
            return refused.getReturnCode();
        }
        return 0;
    }
}
