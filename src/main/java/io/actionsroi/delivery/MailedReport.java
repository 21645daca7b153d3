package io.actionsroi.delivery;

import java.nio.file.Path;

import io.actionsroi.roi.RoiResult;

/**
 * One report as its email needs it: the organisation's or a team's.
 *
 * @param result its figures, read back from its JSON summary
 * @param folder the folder of its files, where its .eml is kept
 * @param pdf its PDF, attached first when it exists
 * @param workbook its workbook, attached when it exists and fits
 * @param baseName the name its files share before the extension, such as {@code actions-roi-2026-11-26}
 * @param archive what the archive step did with its PDF: the link the email carries, or that it failed
 */
public record MailedReport(RoiResult result, Path folder, Path pdf, Path workbook, String baseName,
        ArchiveOutcome archive) {
}
