package io.actionsroi.roi;

import java.time.Duration;

/** The last day, week, month (30 days) and quarter (90 days), each against the one before. */
public record Periods(PeriodComparison day, PeriodComparison week, PeriodComparison month, PeriodComparison quarter) {

    /** The periods' lengths, in the order of the components. Fixed, like the daily, weekly and monthly windows. */
    static final Duration[] LENGTHS = {Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(90)};
}
