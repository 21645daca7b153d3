package io.actionsroi.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.actionsroi.ActionsRoiApplication;

/**
 * Runs the application as the command line does, with its own H2 file job repository and output
 * folder, so that several runs in one test share history the way cron runs do.
 */
public final class ReportCli {

    private final Path folder;

    public ReportCli(Path folder) {
        this.folder = folder;
    }

    public Path outputDir() {
        return folder.resolve("reports");
    }

    Path summary(String reportDate) {
        return outputDir().resolve(reportDate).resolve("actions-roi-" + reportDate + ".json");
    }

    /**
     * Runs once and returns the exit code. Credentials are blank unless {@code args} set them, so
     * that a developer's own PORT_CLIENT_ID does not leak into a test (a setting given twice on the
     * command line would be joined with a comma, hence only when absent).
     */
    public int run(String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db").resolve("actions-roi"),
                "--report.output-dir=" + outputDir()));
        for (String credential : List.of("--port.client-id=", "--port.client-secret=")) {
            if (Arrays.stream(args).noneMatch(arg -> arg.startsWith(credential))) {
                all.add(credential);
            }
        }
        all.addAll(List.of(args));
        return ActionsRoiApplication.run(all.toArray(String[]::new));
    }
}
