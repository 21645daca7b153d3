package io.actionsroi.job;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import io.actionsroi.port.PortEntity;
import io.actionsroi.report.Numbers;
import io.actionsroi.roi.ClassifiedRun;

/**
 * Shows how reading the runs goes: on a terminal a live line (runs read of the total, rate, time
 * left); elsewhere (cron, CI) a log line every few seconds.
 */
public class RunProgressListener
        implements StepExecutionListener, ChunkListener<List<PortEntity>, List<ClassifiedRun>> {

    private static final Logger log = LoggerFactory.getLogger(RunProgressListener.class);
    private static final long LIVE_INTERVAL_NANOS = Duration.ofMillis(250).toNanos();
    private static final long LOG_INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

    private final RoiEntities entities;
    private final PrintStream terminal;
    private final LongSupplier nanoTime;
    private OptionalLong total = OptionalLong.empty();
    private long startNanos;
    private long lastShownNanos;
    /** Runs, not the step's items, which are lists of runs. */
    private long runsRead;

    public RunProgressListener(RoiEntities entities) {
        this(entities, System.console() != null ? System.err : null, System::nanoTime);
    }

    /**
     * @param terminal where the live line goes, or null to log instead
     * @param nanoTime the clock, in nanoseconds
     */
    RunProgressListener(RoiEntities entities, PrintStream terminal, LongSupplier nanoTime) {
        this.entities = entities;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    /** The runs Port counted when the step started; empty when it could not tell. */
    public OptionalLong runCount() {
        return total;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        total = entities.runCount();
        startNanos = nanoTime.getAsLong();
        lastShownNanos = startNanos;
        runsRead = 0;
    }

    @Override
    public void afterChunk(Chunk<List<ClassifiedRun>> chunk) {
        for (List<ClassifiedRun> runs : chunk) {
            runsRead += runs.size();
        }
        long now = nanoTime.getAsLong();
        if (now - lastShownNanos < (terminal != null ? LIVE_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
            return;
        }
        lastShownNanos = now;
        if (terminal != null) {
            terminal.print("\r" + progress(now) + "   ");
            terminal.flush();
        }
        else {
            log.info(progress(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (terminal != null) {
            terminal.print("\r\033[K");
            terminal.flush();
        }
        log.info("Read {} runs in {}", Numbers.count(runsRead),
                seconds(nanoTime.getAsLong() - startNanos));
        return null;
    }

    private String progress(long now) {
        long read = runsRead;
        double elapsedSeconds = Math.max(now - startNanos, 1) / 1e9;
        double rate = read / elapsedSeconds;
        long all = total.orElse(0);
        // Port's count is of no use when it is 0, or below the runs read (runs were added while reading):
        // then the runs read are shown alone, never a share over 100% nor a negative time left.
        boolean share = all > 0 && read <= all;
        StringBuilder line = new StringBuilder(String.format(Locale.ENGLISH, "Runs read: %,d", read));
        if (share) {
            line.append(String.format(Locale.ENGLISH, " of %,d (%.0f%%)", all, 100.0 * read / all));
        }
        line.append(String.format(Locale.ENGLISH, ", %,.0f runs/s", rate));
        if (share && rate > 0 && all > read) {
            line.append(", about ").append(seconds((long) ((all - read) / rate * 1e9))).append(" left");
        }
        return line.toString();
    }

    private static String seconds(long nanos) {
        long seconds = Math.round(nanos / 1e9);
        return seconds < 60 ? String.format(Locale.ENGLISH, "%.1f s", nanos / 1e9)
                : String.format(Locale.ENGLISH, "%d:%02d min", seconds / 60, seconds % 60);
    }
}
