package io.actionsroi.port;

/**
 * Reading from Port (or an export folder) failed in a way a retry within this run cannot fix. The
 * message says what failed, what it affects and what to do; it never contains a secret or token.
 */
public class PortException extends RuntimeException {

    public PortException(String message) {
        super(message);
    }

    public PortException(String message, Throwable cause) {
        super(message, cause);
    }
}
