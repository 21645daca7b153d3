package io.actionsroi.port;

/** Port answered 403 to a read of the blueprint: the credentials may not read it. */
public class BlueprintAccessDeniedException extends PortException {

    public BlueprintAccessDeniedException(String message) {
        super(message);
    }
}
