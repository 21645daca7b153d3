package io.actionsroi.delivery;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Tells a failure worth retrying from one that will not go away by itself. An SMTP reply in the 4xx
 * range is transient by definition, and so is a failure with no reply at all (no connection, a
 * timeout, a dropped connection); a 5xx reply and refused credentials are permanent.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static boolean isTransient(MessagingException failure) {
        int code = replyCode(failure);
        if (code > 0) {
            return code >= 400 && code < 500;
        }
        return !(failure instanceof AuthenticationFailedException);
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
