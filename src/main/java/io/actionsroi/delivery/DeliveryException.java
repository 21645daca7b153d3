package io.actionsroi.delivery;

/** The report email did not reach every recipient; the message says who is missing and what to do. */
public class DeliveryException extends RuntimeException {

    public DeliveryException(String message) {
        super(message);
    }

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
