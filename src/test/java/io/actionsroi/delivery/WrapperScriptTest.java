package io.actionsroi.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cron wrapper, {@code cron/actions-roi-report.sh}, driven with a stand-in for the java command: a
 * script that records its call and waits for a line on its standard input before it exits.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES) // a safety net if a process hangs, not a timing check
class WrapperScriptTest {

    private static final Path SCRIPT = Path.of("cron/actions-roi-report.sh").toAbsolutePath();

    @TempDir
    Path folder;

    private Path envFile;
    private Path calls;
    private Path log;

    @BeforeEach
    void installStandIn() throws IOException {
        Path home = Files.createDirectories(folder.resolve("home"));
        calls = folder.resolve("calls");
        log = home.resolve("logs").resolve("actions-roi-report.log");
        Path standIn = folder.resolve("java");
        Files.writeString(standIn, """
                #!/usr/bin/env bash
                echo "$PORT_CLIENT_ID $*" >> "%s"
                echo "stand-in running" >&2
                read -r line
                exit "${STAND_IN_EXIT:-0}"
                """.formatted(calls));
        standIn.toFile().setExecutable(true);
        envFile = folder.resolve("env");
        Files.writeString(envFile, """
                PORT_CLIENT_ID=from-the-env-file
                ACTIONS_ROI_HOME=%s
                ACTIONS_ROI_JAR=%s
                JAVA=%s
                """.formatted(home, home.resolve("actions-roi-report.jar"), standIn));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3})
    void theJobsExitCodeIsPassedOnAndTheRunIsLogged(int jobExitCode) throws Exception {
        // when
        Process run = start(jobExitCode, "--report.date=2026-11-26");
        run.getOutputStream().close();

        // then
        assertThat(run.waitFor()).isEqualTo(jobExitCode);
        assertThat(Files.readAllLines(calls)).containsExactly("from-the-env-file -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "
                + folder.resolve("home").resolve("actions-roi-report.jar") + " --report.date=2026-11-26");
        assertThat(new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains("stand-in running");
        assertThat(Files.readString(log)).contains("start (arguments: --report.date=2026-11-26)")
                .contains("stand-in running")
                .contains("end, exit code " + jobExitCode);
    }

    @Test
    void javaOptionsInTheEnvironmentFileReplaceTheDefaultOnes() throws Exception {
        // given
        Files.writeString(envFile, "JAVA_OPTS=\"-Xmx1g -XX:+UseG1GC\"\n", StandardOpenOption.APPEND);

        // when
        Process run = start(0);
        run.getOutputStream().close();

        // then
        assertThat(run.waitFor()).isZero();
        assertThat(Files.readAllLines(calls)).containsExactly("from-the-env-file -Xmx1g -XX:+UseG1GC -jar "
                + folder.resolve("home").resolve("actions-roi-report.jar"));
    }

    @Test
    void aSecondInvocationWhileOneRunsExitsAtOnceWithoutRunningTheJob() throws Exception {
        // given: a first run whose job is running (it said so on stderr)
        Process first = start(0);
        BufferedReader firstErr = new BufferedReader(new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8));
        assertThat(firstErr.readLine()).isEqualTo("stand-in running");

        // when
        Process second = start(0);
        second.getOutputStream().close();
        int secondExit = second.waitFor();

        // then
        assertThat(secondExit).isEqualTo(4);
        assertThat(new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("another actions-roi-report run holds").contains("exits without running the job");
        assertThat(Files.readAllLines(calls)).hasSize(1);

        // when: the first run's job ends
        first.getOutputStream().close();

        // then: it ends as its job did
        assertThat(first.waitFor()).isZero();
        assertThat(Files.readAllLines(calls)).hasSize(1);
    }

    @Test
    void aMissingEnvironmentFileIsNamedAndNothingRuns() throws Exception {
        // given
        Files.delete(envFile);

        // when
        Process run = start(0);
        run.getOutputStream().close();

        // then
        assertThat(run.waitFor()).isEqualTo(2);
        assertThat(new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains(envFile.toString());
        assertThat(calls).doesNotExist();
    }

    @Test
    void anEnvironmentFileBashCannotReadIsNamedAndNothingRuns() throws Exception {
        // given: a display name without the quotes bash needs
        Files.writeString(envFile, "REPORT_EMAIL_FROM=Actions ROI <actions-roi@example.com>\n", StandardOpenOption.APPEND);

        // when
        Process run = start(0);
        run.getOutputStream().close();

        // then
        assertThat(run.waitFor()).isEqualTo(2);
        assertThat(new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("the environment file " + envFile + " has an error").contains("nothing was run");
        assertThat(calls).doesNotExist();
    }

    @Test
    void theExampleEnvironmentFileIsReadAsShipped() throws Exception {
        // given: the example, installed as docs/operations.md says, with the test's own lines after it
        Files.writeString(envFile, Files.readString(Path.of("cron/env.example")) + Files.readString(envFile));

        // when
        Process run = start(0);
        run.getOutputStream().close();

        // then
        assertThat(run.waitFor()).isZero();
        assertThat(Files.readAllLines(calls)).hasSize(1);
    }

    private Process start(int jobExitCode, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("ACTIONS_ROI_ENV_FILE", envFile.toString());
        builder.environment().put("STAND_IN_EXIT", Integer.toString(jobExitCode));
        builder.environment().remove("JAVA_OPTS");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }
}
