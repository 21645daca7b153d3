package io.actionsroi.port;

import java.io.InputStream;
import java.util.Map;
import tools.jackson.core.JacksonException;

/**
 * Port answered with a status that retrying cannot fix (a 4xx other than 408 and 429, or another
 * unexpected status). Checked, so that each caller says what it means for its call: refused
 * credentials, a missing blueprint, a token to renew.
 */
final class PortRejection extends Exception {

    private static final int MAX_TEXT = 300;

    private final String target;
    private final int status;
    private final String traceId;
    private final String portError;
    private final String portMessage;

    private PortRejection(String target, int status, String traceId, String portError, String portMessage) {
        // No stack trace: this is an answer passed to the caller, which turns it into a PortException.
        super("HTTP " + status + " from " + target, null, false, false);
        this.target = target;
        this.status = status;
        this.traceId = traceId;
        this.portError = portError;
        this.portMessage = portMessage;
    }

    /**
     * Reads Port's {@code {"ok": false, "error": "...", "message": "..."}} from the answer when it has
     * that shape; any other body is ignored.
     *
     * @param target the method and URL called, without a query
     */
    static PortRejection of(String target, int status, String traceId, InputStream body) {
        String error = null;
        String message = null;
        try {
            Map<String, Object> answer = EntityJson.readObject(body, "an error answer");
            error = scalarText(answer.get("error"));
            message = scalarText(answer.get("message"));
        } catch (JacksonException e) {
            // Not Port's JSON error (a proxy page, a cut body): the status and trace id say enough.
        }
        return new PortRejection(target, status, traceId, shorten(error), shorten(message));
    }

    int status() {
        return status;
    }

    /** For example {@code HTTP 422 from POST https://api.getport.io/v1/... (invalid_request: ...; X-Trace-Id abc)}. */
    String describe() {
        StringBuilder text = new StringBuilder("HTTP ").append(status).append(" from ").append(target).append(" (");
        if (portError != null || portMessage != null) {
            text.append(portError == null ? "" : portError)
                    .append(portError != null && portMessage != null ? ": " : "")
                    .append(portMessage == null ? "" : portMessage)
                    .append("; ");
        }
        return text.append("X-Trace-Id ").append(traceId == null ? "none" : traceId).append(')').toString();
    }

    private static String scalarText(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString() : null;
    }

    private static String shorten(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
}
