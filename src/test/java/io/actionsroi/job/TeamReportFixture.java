package io.actionsroi.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.actionsroi.report.json.SummaryJson;
import io.actionsroi.report.pdf.SyntheticResults;
import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.OrganisationShare;
import io.actionsroi.roi.ReportScope;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.SyntheticTrends;

/**
 * A team's report, as the summary and output steps leave it in a report folder ({@link ReportFiles#forTeam}):
 * its JSON summary, with its scope and the organisation's figures, and a PDF and a workbook whose bytes name
 * the team, so that a test can tell whose files an email attaches. Its adoption names no team, so that
 * whatever names another team in an email comes from that team's report.
 *
 * @param team the team's identifier
 * @param title its title
 * @param actions its actions: each run saved one hour and succeeded
 * @param organisation the organisation's figures it is set against
 */
public record TeamReportFixture(String team, String title, List<ActionFigures> actions, OrganisationShare organisation) {

    /** The team's figures, for a report of {@code date} in {@code zone}. */
    public RoiResult result(LocalDate date, ZoneId zone) {
        RoiResult made = SyntheticResults.of(actions);
        return new RoiResult(date, made.asOf(), zone, made.generatedAt(), made.source(), made.totals(), made.actions(),
                made.categories(), made.teams(), made.userGroups(), made.highlights(), made.periods(),
                made.runsPerWeek(), made.runsPerMonth(), SyntheticTrends.noAdoption(), made.value(), made.dataQuality(),
                new ReportScope(team, title), organisation);
    }

    /**
     * Writes the team's report in the report folder of {@code date}, under the folder name {@code safeName};
     * returns the folder of its files.
     */
    public Path writeIn(Path reportFolder, String safeName, LocalDate date, ZoneId zone) {
        ReportFiles files = ReportFiles.in(reportFolder, date).forTeam(safeName);
        try {
            Files.createDirectories(files.folder());
            SummaryJson.write(result(date, zone), files.summary());
            Files.writeString(files.pdf(), pdfBytes(), StandardCharsets.UTF_8);
            Files.writeString(files.workbook(), workbookBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.folder();
    }

    /** What the PDF fixture holds. */
    public String pdfBytes() {
        return "%PDF-1.4 the report of team " + team;
    }

    /** What the workbook fixture holds. */
    public String workbookBytes() {
        return "the workbook of team " + team;
    }
}
