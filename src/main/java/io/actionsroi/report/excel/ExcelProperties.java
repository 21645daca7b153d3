package io.actionsroi.report.excel;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the Excel workbook {@code actions-roi-<D>.xlsx} is written.
 *
 * @param runsWindowDays the days before the as-of instant whose counted runs the Runs sheet lists, one row
 *     per run; {@code 0} lists every counted run. The figures on the other sheets always cover every run.
 */
@ConfigurationProperties("report.excel")
@Validated
public record ExcelProperties(@Min(0) @DefaultValue("30") int runsWindowDays) {

    /** Whether the run window is every counted run rather than the last {@code runsWindowDays} days. */
    boolean allRuns() {
        return runsWindowDays == 0;
    }

    /**
     * The runs the Runs sheet of a report with that as-of instant lists, by creation time: created in
     * {@code [asOf - runsWindowDays, asOf)}, or at any time before {@code asOf} when the window is every
     * run. The window's start is computed once, since the runs step asks for every run.
     */
    public Predicate<Instant> runsWindow(Instant asOf) {
        Instant start = allRuns() ? Instant.MIN : windowStart(asOf);
        return createdAt -> createdAt.isBefore(asOf) && !createdAt.isBefore(start);
    }

    /** The first instant of the run window (meaningless when {@link #allRuns()}). */
    Instant windowStart(Instant asOf) {
        return asOf.minus(Duration.ofDays(runsWindowDays));
    }
}
