package io.actionsroi.delivery;

import java.net.URI;

/**
 * What the archive step did with a report, for the messages after it: they link to the archived PDF, or say
 * where the reports are (and, when the archive failed, that it did).
 *
 * @param pdfLink a presigned link to the archived PDF; null when there is none
 * @param failed whether the archive step did not archive everything in this run
 */
public record ArchiveOutcome(URI pdfLink, boolean failed) {

    /** The archive is off, or archived nothing in this run by design (a dry run, a test send). */
    public static ArchiveOutcome none() {
        return new ArchiveOutcome(null, false);
    }
}
