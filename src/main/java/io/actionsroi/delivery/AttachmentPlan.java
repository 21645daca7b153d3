package io.actionsroi.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a report's files go with the email. The PDF comes first, then the workbook; each is attached
 * while the attachments together stay within the limit once base64-encoded (a third larger, plus line
 * breaks). A file that does not fit is left out, and the email says where it is. A file that does not
 * exist (its step has not run, or is not part of this build) is simply not mentioned.
 *
 * @param attached the files attached, in order
 * @param leftOut the files too large to attach
 */
public record AttachmentPlan(List<ReportFile> attached, List<ReportFile> leftOut) {

    /** One report file and its size in bytes. */
    public record ReportFile(Path path, long bytes) {

        public String fileName() {
            return path.getFileName().toString();
        }
    }

    private static final int BASE64_LINE = 76;

    public AttachmentPlan {
        attached = List.copyOf(attached);
        leftOut = List.copyOf(leftOut);
    }

    /** The plan for a report's PDF and workbook, in that order, within {@code maxBytes}. */
    public static AttachmentPlan choose(Path pdf, Path workbook, long maxBytes) {
        List<ReportFile> attached = new ArrayList<>();
        List<ReportFile> leftOut = new ArrayList<>();
        long total = 0;
        for (Path file : List.of(pdf, workbook)) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            ReportFile report = new ReportFile(file, size(file));
            long encoded = encodedSize(report.bytes());
            if (total + encoded <= maxBytes) {
                attached.add(report);
                total += encoded;
            }
            else {
                leftOut.add(report);
            }
        }
        return new AttachmentPlan(attached, leftOut);
    }

    /** The size of {@code bytes} bytes in base64 with a CRLF after every 76 characters. */
    static long encodedSize(long bytes) {
        long characters = (bytes + 2) / 3 * 4;
        return characters + (characters + BASE64_LINE - 1) / BASE64_LINE * 2;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the size of " + file.toAbsolutePath() + " to attach it: "
                    + e.getMessage() + ". Check that the report folder is readable.", e);
        }
    }
}
