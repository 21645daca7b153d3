package io.actionsroi.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.actionsroi.job.ReportCli;

/**
 * Runs the application as the command line does, through {@link ReportCli} (its own H2 file job
 * repository and output folder), on a copy of the demo export for the sample's date, emailing through an
 * SMTP server on a loopback port. Several runs in one test share history, the way cron runs do.
 */
final class MailedReportCli {

    static final String DATE = "2026-09-30";
    static final String FROM = "actions-roi@example.com";
    static final List<String> TO = List.of("vp@example.com", "cto@example.com");
    static final List<String> CC = List.of("finance@example.com");
    static final List<String> BCC = List.of("audit@example.com");
    static final String OPS = "ops@example.com";
    static final String SCRIPT_TITLE = "<script>alert(1)</script> Purge cache";
    static final String FORMULA_TITLE = "=HYPERLINK(\"http://x\",\"y\")";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportCli cli;
    private final Path export;
    private final int smtpPort;

    /** @param smtpPort where the SMTP server listens on 127.0.0.1 (or would) */
    MailedReportCli(Path folder, int smtpPort) {
        this.cli = new ReportCli(folder);
        this.export = folder.resolve("export");
        this.smtpPort = smtpPort;
        copyExportWithHostileTitlesOnTop();
    }

    Path reportFolder() {
        return cli.outputDir().resolve(DATE);
    }

    Path reportFile(String extension) {
        return reportFile(DATE, extension);
    }

    JsonNode summary() {
        return JSON.readTree(reportFile("json").toFile());
    }

    Path reportFile(String date, String extension) {
        return cli.outputDir().resolve(date).resolve("actions-roi-" + date + "." + extension);
    }

    /**
     * Runs once and returns the exit code; {@code args} come after the test's own settings, which
     * include the sample's report date unless {@code args} ask for a backfill.
     */
    int run(String... args) {
        return cli.run(arguments(args));
    }

    /** Starts the same run in a process of its own, which can be killed; its output goes to {@code output}. */
    Process start(Path output, String... args) throws IOException {
        return cli.start(output, arguments(args));
    }

    /** Sets a property of a team in the export, as Port would hold it. */
    void setTeamProperty(String team, String property, Object value) {
        try {
            Path teams = export.resolve("_team.json");
            JsonNode all = JSON.readTree(teams.toFile());
            for (JsonNode entity : all) {
                if (entity.get("identifier").asString().equals(team)) {
                    ((ObjectNode) entity.get("properties")).set(property, JSON.valueToTree(value));
                }
            }
            JSON.writeValue(teams.toFile(), all);
        }
        catch (RuntimeException e) {
            throw new IllegalStateException("Could not set " + property + " of team " + team, e);
        }
    }

    private String[] arguments(String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--port.export-dir=" + export,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--report.email.from=Actions ROI <" + FROM + ">",
                "--report.email.to=" + String.join(",", TO),
                "--report.email.cc=" + String.join(",", CC),
                "--report.email.bcc=" + String.join(",", BCC),
                "--report.email.ops=" + OPS,
                "--report.email.retry.attempts=2",
                "--report.email.retry.initial-backoff=0s"));
        if (Stream.of(args).noneMatch(arg -> arg.startsWith("--report.from=") || arg.startsWith("--report.to="))) {
            all.add("--report.date=" + DATE);
        }
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    /**
     * The demo export, with the sample's script-like and formula-like action titles given a large
     * baseline, so that they lead the email's top actions.
     */
    private void copyExportWithHostileTitlesOnTop() {
        try {
            Files.createDirectories(export);
            try (var files = Files.list(Path.of("demo/port-export"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, export.resolve(file.getFileName()));
                }
            }
            Path actions = export.resolve("action.json");
            JsonNode all = JSON.readTree(actions.toFile());
            for (JsonNode action : all) {
                String title = action.get("title").asString();
                if (title.equals(SCRIPT_TITLE) || title.equals(FORMULA_TITLE)) {
                    ((ObjectNode) action.get("properties")).put("lead_time_before", 5000);
                }
            }
            JSON.writeValue(actions.toFile(), all);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
