package io.actionsroi.report.runs;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import io.actionsroi.report.AtomicFile;
import io.actionsroi.roi.RunFacts;

/**
 * A compressed file of counted runs, written one run at a time while the runs are read from Port and
 * read back, streamed, by the outputs that list runs (the workbook's Runs sheet). Neither side holds
 * more than one run, whatever the number of runs. The format is private to one job execution: a
 * version byte, then one record per run.
 */
public final class RunFactsFile {

    private static final int VERSION = 2;
    private static final int BUFFER = 1 << 16;

    private RunFactsFile() {
    }

    /** The file's name for a report date: hidden beside the reports, and removed once they are all made. */
    public static String fileName(LocalDate reportDate) {
        return ".actions-roi-" + reportDate + "-runs.gz";
    }

    /** Starts the file afresh, replacing an earlier one. */
    public static Writer create(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new FastGzipOutputStream(Files.newOutputStream(file)), BUFFER));
            out.writeByte(VERSION);
            return new Writer(file, out);
        }
        catch (IOException e) {
            throw writeFailure(file, e);
        }
    }

    /** Opens the file for one pass over its runs, in the order they were written. */
    public static Reader open(Path file) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(
                    new GZIPInputStream(Files.newInputStream(file), BUFFER), BUFFER));
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                in.close();
                throw new IllegalStateException("The runs file " + file.toAbsolutePath() + " has format " + version
                        + ", this version reads " + VERSION + ". Run the report again with --report.resend=true.");
            }
            return new Reader(file, in);
        }
        catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /**
     * Gzip at its fastest level: the runs step writes the file as it folds the runs, and compressing at
     * the default level took two to three times as long for a file 8% smaller, read back once.
     */
    private static final class FastGzipOutputStream extends GZIPOutputStream {

        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, BUFFER);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static UncheckedIOException writeFailure(Path file, IOException e) {
        return new UncheckedIOException("Could not write the runs file " + file.toAbsolutePath() + ": "
                + AtomicFile.describe(e) + ". Check that the folder is writable and the disk has space.", e);
    }

    private static UncheckedIOException readFailure(Path file, IOException e) {
        return new UncheckedIOException("Could not read the runs file " + file.toAbsolutePath() + ": "
                + AtomicFile.describe(e) + ". If the file is gone or damaged, run the report again with"
                + " --report.resend=true.", e);
    }

    /** Appends runs; {@link #close} completes the file. */
    public static final class Writer implements Closeable {

        private final Path file;
        private final DataOutputStream out;
        private long count;

        private Writer(Path file, DataOutputStream out) {
            this.file = file;
            this.out = out;
        }

        public void append(RunFacts run) {
            try {
                out.writeBoolean(true);
                writeString(run.runId());
                writeString(run.actionId());
                writeString(run.status());
                out.writeLong(run.createdAt().getEpochSecond());
                out.writeInt(run.createdAt().getNano());
                writeDouble(run.durationSeconds());
                writeDouble(run.waitingForApprovalSeconds());
                writeDouble(run.cycleTimeSeconds());
                writeDouble(run.savingsLeadTimeH());
                writeDouble(run.savingsCycleTimeH());
                writeString(run.primaryTeam());
                writeString(run.primaryUserGroup());
                writeString(run.user());
                writeString(run.runUrl());
                out.writeByte((run.inDailyWindow() ? 1 : 0) | (run.inWeeklyWindow() ? 2 : 0)
                        | (run.inMonthlyWindow() ? 4 : 0));
                count++;
            }
            catch (IOException e) {
                throw writeFailure(file, e);
            }
        }

        /** How many runs were appended. */
        public long count() {
            return count;
        }

        @Override
        public void close() {
            try {
                out.writeBoolean(false);
                out.close();
            }
            catch (IOException e) {
                throw writeFailure(file, e);
            }
        }

        private void writeString(String value) throws IOException {
            if (value == null) {
                out.writeInt(-1);
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private void writeDouble(Double value) throws IOException {
            out.writeBoolean(value != null);
            if (value != null) {
                out.writeDouble(value);
            }
        }
    }

    /** The runs of a file, in order; {@link #close} releases the file. */
    public static final class Reader implements Iterator<RunFacts>, Closeable {

        private final Path file;
        private final DataInputStream in;
        private Boolean hasNext;

        private Reader(Path file, DataInputStream in) {
            this.file = file;
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (hasNext == null) {
                try {
                    hasNext = in.readBoolean();
                }
                catch (EOFException e) {
                    throw new IllegalStateException("The runs file " + file.toAbsolutePath() + " ends early: it was"
                            + " not completed. Run the report again with --report.resend=true.", e);
                }
                catch (IOException e) {
                    throw readFailure(file, e);
                }
            }
            return hasNext;
        }

        @Override
        public RunFacts next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            try {
                String runId = readString();
                String actionId = readString();
                String status = readString();
                Instant createdAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
                Double duration = readDouble();
                Double waiting = readDouble();
                Double cycleTime = readDouble();
                Double savingsLeadTime = readDouble();
                Double savingsCycleTime = readDouble();
                String team = readString();
                String userGroup = readString();
                String user = readString();
                String runUrl = readString();
                int windows = in.readUnsignedByte();
                return new RunFacts(runId, actionId, status, createdAt, duration, waiting, cycleTime,
                        savingsLeadTime, savingsCycleTime, team, userGroup, user, runUrl,
                        (windows & 1) != 0, (windows & 2) != 0, (windows & 4) != 0);
            }
            catch (IOException e) {
                throw readFailure(file, e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            }
            catch (IOException e) {
                throw readFailure(file, e);
            }
        }

        private String readString() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private Double readDouble() throws IOException {
            return in.readBoolean() ? in.readDouble() : null;
        }
    }
}
