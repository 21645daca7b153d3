package io.actionsroi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Holds a job in the middle of writing an output: a named pipe ({@code mkfifo}) stands at the temporary
 * name the output is written under, the job writes into it as into the file, and blocks once the pipe's
 * buffer (at most 64 KiB on Linux) is full and nobody reads. An output larger than that is then caught
 * half-written, however fast or slow the machine. Once the job is killed, the bytes it wrote are put back
 * as the regular file a killed write leaves behind.
 */
final class HeldOutput implements AutoCloseable {

    private final Path path;
    /** Open for reading and writing: opening a pipe so never blocks, and it never reads as ended. */
    private final RandomAccessFile pipe;
    private final FileInputStream written;

    private HeldOutput(Path path) throws IOException {
        this.path = path;
        this.pipe = new RandomAccessFile(path.toFile(), "rw");
        this.written = new FileInputStream(pipe.getFD());
    }

    /** A pipe at {@code path}, whose folder is created if needed. */
    static HeldOutput at(Path path) throws IOException, InterruptedException {
        Files.createDirectories(path.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo " + path).isTrue();
        return new HeldOutput(path);
    }

    /** Waits until {@code process} has written into the pipe; fails early when it ended before. */
    void awaitWriting(Process process, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (written.available() == 0) {
            assertThat(process.isAlive()).as("the run writes %s; its output: %s", path, Files.readString(log)).isTrue();
            assertThat(Instant.now()).as("the run writes %s", path).isBefore(deadline);
            Thread.sleep(20);
        }
    }

    /**
     * Once the writer is dead: replaces the pipe by a regular file holding what it wrote.
     *
     * @return how many bytes it wrote
     */
    long leaveAsPartialFile() throws IOException {
        // read(), not readNBytes(): FileInputStream's seeks, which a pipe refuses
        byte[] bytes = new byte[written.available()];
        for (int read = 0; read < bytes.length; ) {
            read += written.read(bytes, read, bytes.length - read);
        }
        close();
        Files.delete(path);
        Files.write(path, bytes);
        return bytes.length;
    }

    @Override
    public void close() throws IOException {
        pipe.close();
    }
}
