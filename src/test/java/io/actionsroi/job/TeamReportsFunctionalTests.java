package io.actionsroi.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.actionsroi.report.TeamFileNames;
import io.actionsroi.roi.IndependentTeamFigures;
import io.actionsroi.roi.IndependentTrends;
import io.actionsroi.roi.TrendsDataSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's team reports, made by the whole job from the generated export of {@link TrendsDataSet} (Europe/Berlin,
 * 2026-11-15, the hours priced), to which an action that only the payments team runs is added: each team's JSON
 * against the independent calculation over that team's runs ({@link IndependentTeamFigures}), its PDF and
 * workbook read back. The job runs once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamReportsFunctionalTests {

    private static final String DATE = TrendsDataSet.REPORT_DATE.toString();
    /** The action that only payments runs, in the last 30 days. */
    private static final String SOLO_ACTION = "solo_action";
    private static final String SOLO_TITLE = "Rebuild the ledger cache";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IndependentTrends.Settings settings = IndependentTrends.Settings.of(TrendsDataSet.REPORT_DATE,
            TrendsDataSet.ZONE).withValue(85, "EUR", 0.5, null, 120_000.0);
    private Path export;
    private Path reportFolder;

    @BeforeAll
    void runTheJobOnce(@TempDir Path folder) throws IOException {
        export = TrendsDataSet.write(folder.resolve("export"), true);
        addAnActionOnlyPaymentsRuns(export);
        ReportCli cli = new ReportCli(folder);
        List<String> arguments = new ArrayList<>(settings.arguments(export));
        arguments.addAll(List.of("--report.email.enabled=false", "--report.team-reports.enabled=true"));

        assertThat(cli.run(arguments.toArray(String[]::new))).as("exit code").isZero();

        reportFolder = cli.outputDir().resolve(DATE);
    }

    @Test
    void everyTeamWithRunsGetsItsThreeFilesAndNoOtherTeamGetsAny() throws IOException {
        Set<String> expected = new TreeSet<>();
        IndependentTeamFigures.teamsWithRuns(export, settings).forEach(team -> expected.add(TeamFileNames.of(team)));
        assertThat(expected).as("the data set's teams with runs").contains("platform", "payments", "legacy")
                .doesNotContain("ghost", "contractors");

        try (Stream<Path> folders = Files.list(reportFolder.resolve("teams"))) {
            assertThat(folders.map(team -> team.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
        for (String team : expected) {
            for (String extension : List.of("json", "pdf", "xlsx")) {
                assertThat(teamFile(team, extension)).isRegularFile();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "platform", "payments", "legacy" })
    void aTeamsFiguresEqualTheIndependentCalculationOverItsRuns(String team) throws IOException {
        JsonNode summary = JSON.readTree(teamFile(team, "json").toFile());
        ObjectNode oracle = IndependentTeamFigures.compute(export, settings, team);
        ObjectNode actions = JSON.createObjectNode();
        summary.get("actions").forEach(action -> actions.set(action.get("identifier").asString(), action));

        assertThat(oracle.get("totals").get("total_runs").longValue()).as("the team's runs").isPositive();
        assertThat(actions.propertyNames()).as("every action, run or not")
                .containsExactlyInAnyOrderElementsOf(oracle.get("actions").propertyNames());
        SoftAssertions.assertSoftly(soft -> {
            for (String key : List.of("actions", "totals", "periods", "runsPerWeek", "runsPerMonth", "adoption", "value",
                    "scope", "organisation")) {
                TrendsAgainstTheOracle.assertAgrees(soft, key, oracle.get(key), key.equals("actions") ? actions
                        : summary.get(key));
            }
        });
    }

    @Test
    void theOrganisationsSummaryHasNoScopeAndNoOrganisationKey() throws IOException {
        JsonNode summary = JSON.readTree(reportFolder.resolve("actions-roi-" + DATE + ".json").toFile());

        assertThat(summary.has("scope")).isFalse();
        assertThat(summary.has("organisation")).isFalse();
        assertThat(summary.get("actions").valueStream().map(action -> action.get("identifier").asString()))
                .contains(SOLO_ACTION);
    }

    @Test
    void aTeamsPdfSaysWhoseItIsItsShareAndItsSuccessRateAgainstTheOrganisations() throws IOException {
        ObjectNode oracle = IndependentTeamFigures.compute(export, settings, "payments");
        JsonNode organisation = oracle.get("organisation");
        double share = oracle.get("totals").get("total_lead_time_savings_h").doubleValue()
                / organisation.get("total_lead_time_savings_h").doubleValue() * 100;
        JsonNode totals = oracle.get("totals");
        double successRate = (double) totals.get("successful_runs").longValue() / totals.get("total_runs").longValue() * 100;

        String firstPage = text(teamFile("payments", "pdf"), 1, 1);

        assertThat(firstPage).contains("Team report: Team payments", "Share of the hours saved",
                String.format(Locale.ENGLISH, "(%,.1f%%)", share),
                String.format(Locale.ENGLISH, "%,.1f%% of the team's runs, against %,.1f%% of the organisation's",
                        successRate, organisation.get("success_rate").doubleValue()));
    }

    @Test
    void aTeamsPdfShowsOnlyTheActionsTheTeamRanAndTheOrganisationsEveryAction() throws IOException {
        assertThat(text(teamFile("payments", "pdf"), 1, Integer.MAX_VALUE)).contains(SOLO_TITLE);
        assertThat(text(teamFile("platform", "pdf"), 1, Integer.MAX_VALUE)).doesNotContain(SOLO_TITLE)
                .contains("Action create_bucket");
        assertThat(text(reportFolder.resolve("actions-roi-" + DATE + ".pdf"), 1, Integer.MAX_VALUE))
                .contains(SOLO_TITLE);
    }

    @Test
    void aTeamsWorkbookSaysWhoseItIsAndListsTheTeamsRunsOfTheLast30DaysOnly() throws IOException {
        long expected = IndependentTeamFigures.runsInLastDays(export, settings, "payments", 30);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(teamFile("payments", "xlsx")))) {
            Sheet runs = workbook.getSheet("Runs");
            int teamColumn = column(runs.getRow(0), "Primary Team");
            List<String> teams = new ArrayList<>();
            for (Row row : runs) {
                if (row.getRowNum() > 0) {
                    teams.add(row.getCell(teamColumn).getStringCellValue());
                }
            }
            assertThat(teams).hasSize((int) expected).containsOnly("payments");
            List<String> summary = new ArrayList<>();
            workbook.getSheet("Summary").forEach(row -> row.forEach(cell -> summary.add(cell.toString())));
            assertThat(summary).contains("Team", "Team payments", "Share of the hours saved", "Success rate");
        }
    }

    private Path teamFile(String team, String extension) {
        String name = TeamFileNames.of(team);
        return reportFolder.resolve("teams").resolve(name).resolve("actions-roi-" + DATE + "-" + name + "." + extension);
    }

    private static String text(Path pdf, int firstPage, int lastPage) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(firstPage);
            stripper.setEndPage(lastPage);
            return stripper.getText(document).replace('\u00A0', ' ');
        }
    }

    private static int column(Row header, String title) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (header.getCell(i).getStringCellValue().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("No column " + title + " in the Runs sheet");
    }

    /** Adds an action with baselines whose only runs, successful and in the last 30 days, are the payments team's. */
    private static void addAnActionOnlyPaymentsRuns(Path export) throws IOException {
        ArrayNode actions = (ArrayNode) JSON.readTree(export.resolve("action.json").toFile());
        ObjectNode action = TrendsDataSet.entity("action", SOLO_ACTION, SOLO_TITLE);
        ((ObjectNode) action.get("properties")).put("lead_time_before", 6).put("cycle_time", 2);
        actions.add(action);
        Files.writeString(export.resolve("action.json"), JSON.writeValueAsString(actions));

        ArrayNode runs = (ArrayNode) JSON.readTree(export.resolve("action_run.json").toFile());
        for (int i = 1; i <= 5; i++) {
            ObjectNode run = TrendsDataSet.run("solo-run-" + i, SOLO_ACTION,
                    TrendsDataSet.AS_OF.minus(Duration.ofDays(i * 3L)), "SUCCESS");
            ((ObjectNode) run.get("properties")).put("duration", 600).put("cycle_time", 300).putArray("team_2")
                    .add("payments");
            runs.add(run);
        }
        Files.writeString(export.resolve("action_run.json"), JSON.writeValueAsString(runs));
    }
}
