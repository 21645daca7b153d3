package io.actionsroi.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import io.actionsroi.report.TeamFileNames;
import io.actionsroi.roi.IndependentTrends;
import io.actionsroi.roi.TrendsDataSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that fails in the middle of the team PDFs (one team's PDF cannot be written), then the same command
 * again: the restart renders only the team files that are missing, and reads Port no more.
 */
@ExtendWith(OutputCaptureExtension.class)
class TeamOutputsRestartFunctionalTests {

    private static final String DATE = TrendsDataSet.REPORT_DATE.toString();
    /** Sorted, as the steps render them; "nosuch" is no {@code _team} entity. */
    private static final List<String> TEAMS = List.of("data_eng", "legacy", "nosuch", "payments", "platform");
    private static final String BLOCKED = "payments";
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @Test
    void aRestartAfterAFailureAmongTheTeamPdfsRendersOnlyTheMissingTeamFiles(@TempDir Path folder, CapturedOutput output)
            throws IOException {
        Path export = TrendsDataSet.write(folder.resolve("export"), true);
        ReportCli cli = new ReportCli(folder);
        List<String> arguments = new ArrayList<>(IndependentTrends.Settings.of(TrendsDataSet.REPORT_DATE,
                TrendsDataSet.ZONE).arguments(export));
        arguments.addAll(List.of("--report.email.enabled=false", "--report.team-reports.enabled=true",
                "--report.team-reports.teams=" + String.join(",", TEAMS)));
        Path reportFolder = cli.outputDir().resolve(DATE);
        // a folder that is not empty where the PDF goes: renaming the finished PDF onto it fails
        Path blocker = teamFile(reportFolder, BLOCKED, "pdf").resolve("blocker");
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "in the way");

        assertThat(cli.run(arguments.toArray(String[]::new))).as("exit code of the run that fails").isNotZero();

        assertThat(output).contains("report.team-reports.teams names \"nosuch\", which is no _team entity");
        assertThat(teamFile(reportFolder, "legacy", "pdf")).as("rendered before the failure").isRegularFile();
        assertThat(teamFile(reportFolder, "platform", "pdf")).as("after the failure").doesNotExist();
        Files.delete(blocker);
        Files.delete(blocker.getParent());
        Files.delete(teamFile(reportFolder, "legacy", "pdf"));
        Map<Path, FileTime> before = new TreeMap<>();
        for (String team : TEAMS) {
            for (String extension : List.of("json", "xlsx", "pdf")) {
                Path file = teamFile(reportFolder, team, extension);
                if (Files.exists(file)) {
                    Files.setLastModifiedTime(file, LONG_AGO);
                    before.put(file, LONG_AGO);
                }
            }
        }

        assertThat(cli.run(arguments.toArray(String[]::new))).as("exit code of the rerun").isZero();

        Map<Path, FileTime> untouched = new TreeMap<>();
        for (Path file : before.keySet()) {
            untouched.put(file, Files.getLastModifiedTime(file));
        }
        assertThat(untouched).as("the files the rerun found").isEqualTo(before);
        for (String team : List.of("legacy", BLOCKED, "platform")) {
            assertThat(teamFile(reportFolder, team, "pdf")).as("rendered by the rerun").isRegularFile();
            assertThat(Files.getLastModifiedTime(teamFile(reportFolder, team, "pdf"))).isNotEqualTo(LONG_AGO);
        }
        assertThat(before).as("the JSONs, workbooks and the PDFs before the failure")
                .hasSize(TEAMS.size() * 2 + 2);
        JsonNode nosuch = PortLikeServer.readJson(teamFile(reportFolder, "nosuch", "json"));
        assertThat(nosuch.get("scope").get("title").asString()).isEqualTo("nosuch");
        assertThat(nosuch.get("totals").get("total_runs").longValue()).as("a listed team without runs").isZero();
    }

    private static Path teamFile(Path reportFolder, String team, String extension) {
        String name = TeamFileNames.of(team);
        return reportFolder.resolve("teams").resolve(name).resolve("actions-roi-" + DATE + "-" + name + "." + extension);
    }
}
