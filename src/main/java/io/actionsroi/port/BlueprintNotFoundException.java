package io.actionsroi.port;

/** The blueprint does not exist at the source: Port answered 404, or the export has no file for it. */
public class BlueprintNotFoundException extends PortException {

    private final String blueprint;

    public BlueprintNotFoundException(String blueprint, String message) {
        super(message);
        this.blueprint = blueprint;
    }

    /** The blueprint identifier that was asked for. */
    public String blueprint() {
        return blueprint;
    }
}
