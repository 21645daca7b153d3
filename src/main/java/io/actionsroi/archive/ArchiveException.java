package io.actionsroi.archive;

/** The archive did not get everything: what is missing, where, and what to do. Never holds a credential. */
public class ArchiveException extends RuntimeException {

    ArchiveException(String message) {
        super(message);
    }
}
