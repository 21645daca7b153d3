package io.actionsroi.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.actionsroi.ActionsRoiApplication;

/**
 * Runs the application as the command line does, with its own H2 file job repository (or a given one)
 * and output folder, so that several runs in one test share history the way cron runs do.
 */
public final class ReportCli {

    private final Path folder;
    private final List<String> jobRepository;

    public ReportCli(Path folder) {
        this.folder = folder;
        this.jobRepository = List.of("--spring.datasource.url=" + jdbcUrl());
    }

    /** With the job repository that these {@code spring.datasource.*} settings name. */
    ReportCli(Path folder, List<String> jobRepository) {
        this.folder = folder;
        this.jobRepository = jobRepository;
    }

    public Path outputDir() {
        return folder.resolve("reports");
    }

    /** The job repository's H2 file database, which the runs share. */
    String jdbcUrl() {
        return "jdbc:h2:file:" + folder.resolve("db").resolve("actions-roi") + ";WRITE_DELAY=0";
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
        return ActionsRoiApplication.run(arguments(args).toArray(String[]::new));
    }

    /**
     * Starts the same command in a process of its own, on this JVM's class path, as cron would: one
     * that can be killed. Its output goes to {@code output}.
     */
    public Process start(Path output, String... args) throws IOException {
        return new ProcessBuilder(javaCommand(args)).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** The command line of {@link #start}, to run under another command. */
    public List<String> javaCommand(String... args) {
        return javaCommand(ActionsRoiApplication.class, List.of(), args);
    }

    /**
     * The command line of a JVM of its own on this JVM's class path, running {@code main} with
     * {@code leading} and then the report command's arguments.
     */
    List<String> javaCommand(Class<?> main, List<String> leading, String... args) {
        // The JVM options of cron/actions-roi-report.sh, which also start a child JVM sooner.
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(leading);
        command.addAll(arguments(args));
        return command;
    }

    private List<String> arguments(String... args) {
        List<String> all = new ArrayList<>(jobRepository);
        all.add("--report.output-dir=" + outputDir());
        for (String credential : List.of("--port.client-id=", "--port.client-secret=")) {
            if (Arrays.stream(args).noneMatch(arg -> arg.startsWith(credential))) {
                all.add(credential);
            }
        }
        all.addAll(List.of(args));
        return all;
    }
}
