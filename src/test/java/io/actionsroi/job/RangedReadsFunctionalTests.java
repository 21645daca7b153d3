package io.actionsroi.job;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import io.actionsroi.DemoExport;
import io.actionsroi.port.RangedSearch;

import static io.actionsroi.job.PortLikeServer.withoutRunDetails;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200,000 runs read from a Port-like server with latency as four ranges of creation time at a time,
 * against the same runs read with one cursor: every figure and output the same. The runs grow denser
 * towards the as-of instant, as an organisation's use of Port does, and some fall before the year the
 * ranges are laid over and some after the as-of instant. The report's zone is not UTC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RangedReadsFunctionalTests {

    private static final int RUNS = 200_000;
    private static final String DATE = "2026-09-30";
    private static final String ZONE = "Asia/Kolkata";
    private static final Instant AS_OF = LocalDate.parse(DATE).plusDays(1).atStartOfDay(ZoneId.of(ZONE)).toInstant();
    private static final Instant FIRST = AS_OF.minus(Duration.ofDays(400));
    private static final long SPAN_MILLIS = Duration.ofDays(405).toMillis();
    private static final List<String> ACTIONS = List.of("create_s3_bucket", "provision_rds_database",
            "scaffold_microservice", "rotate_secrets", "deploy_to_production", "rollback_deployment");
    private static final List<String> USERS = List.of("user00@acme.example", "user01@acme.example",
            "user02@acme.example", "user30@acme.example");

    private JsonNode single;
    private JsonNode ranged;
    private Path singleWorkbook;
    private Path rangedWorkbook;
    private List<RangedSearch.Served> rangedSearches;
    private int runCountRequests;

    /**
     * The single cursor reads the same runs, in the same order, from an export folder, which costs a
     * fraction of serving them again; the export's other blueprints are the demo's, which the server serves.
     */
    @BeforeAll
    void readTheRunsBothWays(@TempDir Path folder) throws IOException {
        Path export = exportOfTheRuns(folder.resolve("export"));
        ReportCli singleCli = new ReportCli(folder.resolve("single"));
        assertThat(run(singleCli, List.of("--port.export-dir=" + export))).as("exit code with one cursor").isZero();
        try (PortLikeServer port = new PortLikeServer(1000)) {
            port.issueTokens("token-1");
            port.serveExport();
            port.serveRunsByCreationTime(RUNS, RangedReadsFunctionalTests::createdAt, RangedReadsFunctionalTests::run, 5);
            ReportCli rangedCli = new ReportCli(folder.resolve("ranged"));
            assertThat(run(rangedCli, port.settings(4))).as("exit code with four readers").isZero();

            single = PortLikeServer.readJson(singleCli.summary(DATE));
            ranged = PortLikeServer.readJson(rangedCli.summary(DATE));
            singleWorkbook = workbook(singleCli);
            rangedWorkbook = workbook(rangedCli);
            rangedSearches = port.rangedSearches();
            runCountRequests = port.runCountRequests();
        }
    }

    @Test
    void fourReadersGiveTheFiguresOfOneCursor() {
        assertThat(withoutRunDetails(ranged)).isEqualTo(withoutRunDetails(single));
        assertThat(ranged.at("/dataQuality/counts/duplicate_runs").asLong()).isZero();
    }

    @Test
    void theRunsCountedAreEveryRunBeforeTheAsOfInstantOnce() {
        Map<String, long[]> expected = new HashMap<>();
        for (int i = 0; i < RUNS; i++) {
            if (createdAt(i).isBefore(AS_OF)) {
                long[] runs = expected.computeIfAbsent(action(i), action -> new long[2]);
                runs[0]++;
                runs[1] += succeeded(i) ? 1 : 0;
            }
        }
        for (JsonNode action : ranged.get("actions")) {
            long[] runs = expected.getOrDefault(action.get("identifier").asString(), new long[2]);
            assertThat(action.get("total_runs").asLong()).as("runs of %s", action.get("identifier")).isEqualTo(runs[0]);
            assertThat(action.get("successful_runs").asLong()).as("successes of %s", action.get("identifier"))
                    .isEqualTo(runs[1]);
        }
        assertThat(expected.values().stream().mapToLong(runs -> runs[0]).sum())
                .isEqualTo(ranged.at("/totals/total_runs").asLong());
    }

    @Test
    void theWorkbooksRunsSheetListsTheSameRunsInTheSameOrder() throws IOException {
        List<List<String>> singleRows = runsSheet(singleWorkbook);

        assertThat(runsSheet(rangedWorkbook)).isEqualTo(singleRows);
        assertThat(singleRows).as("the header and the last days' runs").hasSizeGreaterThan(1_000);
    }

    @Test
    void theRangesMeetWithoutOverlapFromOpenBelowToOpenAboveTheAsOfInstant() {
        List<RangedSearch.Served> firstPages = rangedSearches.stream().filter(served -> served.cursor() == null)
                .sorted(Comparator.comparing(RangedSearch.Served::from, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        assertThat(firstPages.get(0).from()).isNull();
        assertThat(firstPages.get(firstPages.size() - 1).from()).isEqualTo(AS_OF);
        assertThat(firstPages.get(firstPages.size() - 1).to()).isNull();
        for (int i = 1; i < firstPages.size(); i++) {
            assertThat(firstPages.get(i).from()).isEqualTo(firstPages.get(i - 1).to());
        }
        assertThat(rangedSearches.stream().mapToInt(RangedSearch.Served::entities).sum()).isEqualTo(RUNS);
    }

    @Test
    void portsCountIsAskedOnceForTheProgressAndTheRangesSizes() {
        assertThat(runCountRequests).isEqualTo(1);
    }

    private static Path exportOfTheRuns(Path export) throws IOException {
        Files.createDirectories(export);
        for (String blueprint : List.of("actions_categories", "action", "_team", "_user")) {
            Files.copy(DemoExport.FOLDER.resolve(blueprint + ".json"), export.resolve(blueprint + ".json"));
        }
        try (Writer runs = Files.newBufferedWriter(export.resolve("action_run.json"))) {
            runs.write('[');
            for (int i = 0; i < RUNS; i++) {
                runs.write(i == 0 ? "\n" : ",\n");
                runs.write(run(i));
            }
            runs.write("\n]\n");
        }
        return export;
    }

    private static int run(ReportCli cli, List<String> settings) {
        List<String> args = new ArrayList<>(settings);
        args.add("--report.date=" + DATE);
        args.add("--report.zone=" + ZONE);
        // a Runs sheet of a few days' runs: the rows' order is what it checks
        args.add("--report.excel.runs-window-days=3");
        return cli.run(args.toArray(String[]::new));
    }

    private static Path workbook(ReportCli cli) {
        try (var files = Files.list(cli.outputDir().resolve(DATE))) {
            return files.filter(file -> file.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every cell of the Runs sheet, as shown. */
    private static List<List<String>> runsSheet(Path workbook) throws IOException {
        DataFormatter shown = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook opened = new XSSFWorkbook(workbook.toFile())) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : opened.getSheet("Runs")) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(shown.formatCellValue(cell)));
                rows.add(cells);
            }
            return rows;
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** Denser towards the end: created at the square root of the run's share of the span. */
    private static Instant createdAt(int index) {
        return FIRST.plusMillis((long) (SPAN_MILLIS * Math.sqrt((double) index / RUNS)));
    }

    private static String action(int index) {
        return ACTIONS.get(index % ACTIONS.size());
    }

    private static boolean succeeded(int index) {
        return index % 7 != 0;
    }

    private static String run(int index) {
        String created = createdAt(index).toString();
        String timings = succeeded(index)
                ? "\"duration\":" + (60 + index % 900) + ".5,\"cycle_time\":" + (30 + index % 400) + ".25,"
                : "";
        String user = USERS.get(index % USERS.size());
        return "{\"identifier\":\"r_" + index + "\",\"title\":\"r_" + index + "\",\"blueprint\":\"action_run\","
                + "\"properties\":{\"status\":\"" + (succeeded(index) ? "SUCCESS" : "FAILURE") + "\",\"created_at\":\""
                + created + "\"," + timings + "\"team_2\":[\"platform\"],\"user_group\":[\"Engineering\"]},"
                + "\"relations\":{\"parent_action\":\"" + action(index) + "\",\"ran_by_actual_user\":\"" + user + "\"},"
                + "\"createdAt\":\"" + created + "\"}";
    }
}
