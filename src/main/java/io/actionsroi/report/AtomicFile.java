package io.actionsroi.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name beside it and renames it into place once complete, so a
 * reader never sees a half-written report, whatever fails midway (a full disk, a killed process).
 */
public final class AtomicFile {

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code target} atomically, creating its folder when needed.
     *
     * @throws UncheckedIOException naming the file when it cannot be written; no file is left
     *     under the final name or the temporary one
     */
    public static void write(Path target, Content content) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            move(temp, target);
        }
        catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Could not write " + target.toAbsolutePath() + ": " + describe(e)
                    + ". Check that the folder is writable and the disk has space.",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An I/O failure in words for a message: its kind (which often says most) and its own message. */
    public static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        }
        catch (IOException ignored) {
            // The write already failed; the reason reported is that failure, not this one.
        }
    }
}
