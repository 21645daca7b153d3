package io.actionsroi.archive;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import tools.jackson.core.JacksonException;

/**
 * Archives one date's reports in the bucket: under {@code <prefix><D>/} the organisation's files, and each
 * team's under {@code <prefix><D>/teams/<name>/}; then the organisation's headline figures as
 * {@code <prefix>history/<D>_<zone>.json}, and {@code <prefix>history.csv} rebuilt whole from every such
 * object. An object the bucket already holds with the same bytes is not written again, so a rerun writes only
 * what is missing or changed. Knows nothing of the job that calls it.
 */
public final class ReportArchive {

    private static final Logger log = LoggerFactory.getLogger(ReportArchive.class);
    private static final String HISTORY_FOLDER = "history/";
    private static final String HISTORY_CSV = "history.csv";
    private static final String TEAMS_FOLDER = "teams/";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "json", "application/json",
            "pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ArchiveProperties archive;

    public ReportArchive(ArchiveProperties archive) {
        this.archive = archive;
    }

    public ArchiveProperties settings() {
        return archive;
    }

    /**
     * One report's files.
     *
     * @param scope the report's scope, as the messages that link to its PDF know it
     * @param team the name of the team's folder, made safe for a file name; null for the organisation's report
     * @param files the report's files, those that exist archived
     * @param pdf the PDF among them, whose link {@link #archive} hands over once the bucket holds it
     */
    public record Report(String scope, String team, List<Path> files, Path pdf) {
    }

    /**
     * Archives the reports of {@code reportDate} and records {@code history}, doing all it can: a file that
     * cannot be written (after the SDK's retries) does not keep the others from going.
     *
     * @param pdfArchived told the scope and a presigned link of each report whose PDF the bucket holds
     * @throws ArchiveException when anything is missing from the bucket after all that, naming it
     */
    public void archive(LocalDate reportDate, List<Report> reports, HistoryEntry history,
            BiConsumer<String, URI> pdfArchived) {
        List<String> failed = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        int written = 0;
        int there = 0;
        try (ArchiveStorage storage = ArchiveStorage.open(archive)) {
            for (Report report : reports) {
                String folder = archive.prefix() + reportDate + "/" + (report.team() != null
                        ? TEAMS_FOLDER + report.team() + "/" : "");
                for (Path file : report.files()) {
                    if (!Files.isRegularFile(file)) {
                        continue;
                    }
                    String key = folder + file.getFileName();
                    try {
                        if (storage.put(key, file, contentType(file))) {
                            written++;
                        }
                        else {
                            there++;
                        }
                        if (file.equals(report.pdf())) {
                            pdfArchived.accept(report.scope(), storage.presignedGet(key, archive.linkLifetime()));
                        }
                    }
                    catch (SdkException | UncheckedIOException e) {
                        failed.add(key);
                        reasons.add(e.getMessage());
                    }
                }
            }
            try {
                written += recordHistory(storage, history);
            }
            catch (SdkException | UncheckedIOException e) {
                failed.add(archive.prefix() + HISTORY_FOLDER + history.objectName() + " and " + archive.prefix()
                        + HISTORY_CSV);
                reasons.add(e.getMessage());
            }
        }
        catch (SdkException e) {
            // the client could not even be made: no region, no credentials
            failed.add("every object");
            reasons.add(e.getMessage());
        }
        if (!failed.isEmpty()) {
            throw new ArchiveException("Could not archive " + String.join(", ", failed) + " in " + archive.location()
                    + " (" + ArchiveStorage.ATTEMPTS + " attempts each): " + String.join("; ", reasons) + ". The"
                    + " reports are still in the report folder, and a rerun archives only what is missing.");
        }
        log.info("Archived the reports for {} in {}: {} object(s) written, {} already there", reportDate,
                archive.location(), written, there);
    }

    /** Writes the history object of this report, then {@code history.csv} from all of them; how many it wrote. */
    private int recordHistory(ArchiveStorage storage, HistoryEntry history) {
        String historyFolder = archive.prefix() + HISTORY_FOLDER;
        int written = storage.put(historyFolder + history.objectName(), history.toJson(), "application/json") ? 1 : 0;
        List<HistoryEntry> entries = new ArrayList<>();
        for (String key : storage.keys(historyFolder)) {
            if (key.endsWith(".json")) {
                try {
                    entries.add(HistoryEntry.fromJson(storage.get(key)));
                }
                catch (JacksonException e) {
                    // not one of ours, or damaged: one such object must not keep every later date out of the CSV
                    log.warn("Left {} out of {}{}: it is not a history object ({})", key, archive.prefix(),
                            HISTORY_CSV, e.getOriginalMessage());
                }
            }
        }
        return written + (storage.put(archive.prefix() + HISTORY_CSV,
                HistoryEntry.csv(entries).getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8") ? 1 : 0);
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        return CONTENT_TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }
}
