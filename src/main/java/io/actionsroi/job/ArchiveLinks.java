package io.actionsroi.job;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;

import io.actionsroi.delivery.DeliveryKey;

/**
 * The links to the archived PDFs that the messages announcing a report carry: the archive step puts one
 * per report scope ({@link DeliveryKey#ORGANISATION} or {@link DeliveryKey#team}) in the job execution
 * context, the email and chat steps read it. No link means the archive is off or did not get the PDF:
 * the message then says where the reports are.
 */
public final class ArchiveLinks {

    private static final String KEY_PREFIX = "archivedPdf.";

    private ArchiveLinks() {
    }

    /** Records the link to the archived PDF of a report scope. */
    public static void put(JobExecution job, String scope, URI pdfLink) {
        job.getExecutionContext().putString(KEY_PREFIX + scope, pdfLink.toString());
    }

    /** The link to the archived PDF of a report scope, when the archive step made one in this job execution. */
    public static Optional<URI> pdfLink(JobExecution job, String scope) {
        return Optional.ofNullable(job.getExecutionContext().getString(KEY_PREFIX + scope, null)).map(URI::create);
    }

    /** Forgets every link: at the start of each execution, as a presigned link expires. */
    public static void clear(JobExecution job) {
        job.getExecutionContext().entrySet().stream()
                .map(Map.Entry::getKey)
                .filter(key -> key.startsWith(KEY_PREFIX))
                .toList()
                .forEach(job.getExecutionContext()::remove);
    }
}
