package io.actionsroi.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;

import io.actionsroi.report.AtomicFile;
import io.actionsroi.report.excel.ExcelReport;
import io.actionsroi.report.json.SummaryJson;
import io.actionsroi.report.pdf.PdfReport;
import io.actionsroi.report.runs.RunFactsFile;
import io.actionsroi.roi.RoiResult;

/**
 * The files of one report, found from the JSON summary the summary step wrote: every other file goes
 * beside it, named like it, and the outputs render the result read back from it. The organisation's
 * report is in the report folder; each team's in {@code teams/<name>/} below it, its files named
 * {@code actions-roi-<date>-<name>.*}, where the name is the team identifier made safe for a file name.
 */
record ReportFiles(Path summary, LocalDate reportDate) {

    /** The job execution context key of the summary file's path. */
    private static final String SUMMARY_FILE = "summaryFile";
    private static final String TEAMS_FOLDER = "teams";
    private static final String JSON = ".json";

    /** The files of a report made in {@code folder}, before its summary is written. */
    static ReportFiles in(Path folder, LocalDate reportDate) {
        return new ReportFiles(folder.resolve(SummaryJson.fileName(reportDate)), reportDate);
    }

    /** Whether the summary step of this job instance wrote its summary. */
    static boolean summaryWritten(JobExecution job) {
        return job.getExecutionContext().containsKey(SUMMARY_FILE);
    }

    static ReportFiles of(JobExecution job) {
        if (!summaryWritten(job)) {
            throw new IllegalStateException("The summary step has not run in this job instance: run the same command again.");
        }
        return new ReportFiles(Path.of(job.getExecutionContext().getString(SUMMARY_FILE)).toAbsolutePath(),
                job.getJobParameters().getLocalDate(ActionsRoiJobConfiguration.REPORT_DATE));
    }

    /** Records in the job execution that the summary is written, for the outputs and for a restart. */
    void summaryWrittenIn(JobExecution job) {
        job.getExecutionContext().putString(SUMMARY_FILE, summary.toString());
    }

    RoiResult result() {
        return SummaryJson.read(summary);
    }

    /** The report folder, where every output goes. */
    Path folder() {
        return summary.getParent();
    }

    /** The counted runs kept by the runs step for the workbook. */
    Path runs() {
        return folder().resolve(RunFactsFile.fileName(reportDate));
    }

    /** The files of a team's report, under the name made safe for a file name from its identifier. */
    ReportFiles forTeam(String safeName) {
        String base = baseName(SummaryJson.fileName(reportDate)) + "-" + safeName;
        return new ReportFiles(folder().resolve(TEAMS_FOLDER).resolve(safeName).resolve(base + JSON), reportDate);
    }

    /** The team reports whose JSON summary is written, by name. */
    List<ReportFiles> teams() {
        Path teams = folder().resolve(TEAMS_FOLDER);
        if (!Files.isDirectory(teams)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(teams)) {
            return folders.filter(Files::isDirectory)
                    .map(team -> forTeam(team.getFileName().toString()))
                    .filter(team -> Files.isRegularFile(team.summary()))
                    .sorted(Comparator.comparing(ReportFiles::summary))
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not list the team reports in " + teams + ": " + e.getMessage(), e);
        }
    }

    /** Deletes this report's outputs, then its summary: a failure midway leaves it listed by {@link #teams}. */
    void delete() {
        for (Path file : List.of(pdf(), workbook(), summary)) {
            try {
                Files.deleteIfExists(file);
            }
            catch (IOException e) {
                throw new UncheckedIOException("Could not delete " + file + ", left by an earlier run for the same date: "
                        + AtomicFile.describe(e) + ". Delete it, or make its folder writable, and run the same command"
                        + " again.", e);
            }
        }
    }

    /** The name this report's files share before their extension, such as {@code actions-roi-2026-11-26}. */
    String baseName() {
        return baseName(summary.getFileName().toString());
    }

    Path workbook() {
        return beside(ExcelReport.fileName(reportDate));
    }

    Path pdf() {
        return beside(PdfReport.fileName(reportDate));
    }

    /** This report's file of the kind of {@code organisationFileName}, the organisation's file name of that kind. */
    private Path beside(String organisationFileName) {
        String extension = organisationFileName.substring(baseName(organisationFileName).length());
        return folder().resolve(baseName() + extension);
    }

    private static String baseName(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }
}
