package io.actionsroi.delivery;

/** No connection to the mail server could be made: every email still to send would fail the same way. */
public class MailServerUnreachableException extends DeliveryException {

    public MailServerUnreachableException(String message) {
        super(message);
    }
}
