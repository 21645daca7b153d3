package io.actionsroi.report.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.actionsroi.roi.RunFacts;

class RunFactsFileTest {

    @TempDir
    Path folder;

    private static RunFacts run(int n) {
        return new RunFacts("run-" + n, "créer-环境-" + n, n % 2 == 0 ? "SUCCESS" : null,
                Instant.parse("2026-09-30T12:00:00.123456789Z").minusSeconds(n),
                n * 1.5, n % 3 == 0 ? null : 0.1 + n, 42.0, -0.25 * n, n % 5 == 0 ? null : 1e-9 * n,
                n % 6 == 0 ? null : "=HYPERLINK(\"x\")", RunFacts.NO_GROUP, n % 3 == 0 ? null : "user-" + n + "@acme.example",
                n % 4 == 0 ? null : "https://app.getport.io/runs/" + n, n % 2 == 0, n % 3 == 0, n % 7 != 0);
    }

    @Test
    void readsBackEveryRunExactlyAndInOrder() {
        Path file = folder.resolve("runs.gz");
        List<RunFacts> written = new ArrayList<>();
        try (RunFactsFile.Writer writer = RunFactsFile.create(file)) {
            for (int n = 0; n < 5000; n++) {
                writer.append(run(n));
                written.add(run(n));
            }
            assertThat(writer.count()).isEqualTo(5000);
        }

        List<RunFacts> read = new ArrayList<>();
        try (RunFactsFile.Reader reader = RunFactsFile.open(file)) {
            reader.forEachRemaining(read::add);
        }
        assertThat(read).isEqualTo(written);
    }

    @Test
    void anEmptyFileHasNoRuns() {
        Path file = folder.resolve("none.gz");
        RunFactsFile.create(file).close();

        try (RunFactsFile.Reader reader = RunFactsFile.open(file)) {
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void aFileThatWasNeverCompletedIsRefusedWithWhatToDo() throws Exception {
        Path file = folder.resolve("cut.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(2); // the version byte, and nothing after it
        }

        try (RunFactsFile.Reader reader = RunFactsFile.open(file)) {
            assertThatThrownBy(reader::hasNext).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString())
                    .hasMessageContaining("not completed").hasMessageContaining("--report.resend=true");
        }
    }

    @Test
    void aMissingFileNamesItself() {
        Path file = folder.resolve("gone.gz");

        assertThatThrownBy(() -> RunFactsFile.open(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Could not read the runs file " + file.toAbsolutePath())
                .hasMessageContaining("NoSuchFileException").hasMessageContaining("--report.resend=true")
                .hasMessageNotContaining("writable");
    }
}
