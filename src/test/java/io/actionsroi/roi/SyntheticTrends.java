package io.actionsroi.roi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * Made-up figures over time for the renderers' tests, which build results by hand: each period's current
 * figures are {@code growth} times its previous ones, so every change is known to the test.
 */
public final class SyntheticTrends {

    private SyntheticTrends() {
    }

    /** The day, week, month and quarter, with {@code runsPerDay} runs a day before and {@code growth} times as many now. */
    public static Periods periods(Instant asOf, long runsPerDay, double growth) {
        return periods(asOf, days -> runsPerDay * days, days -> Math.round(runsPerDay * days * growth));
    }

    /** The day, week, month and quarter, with {@code runsPerDay} runs a day now and none before: no baseline. */
    public static Periods fromNone(Instant asOf, long runsPerDay) {
        return periods(asOf, days -> 0, days -> runsPerDay * days);
    }

    private static Periods periods(Instant asOf, LongUnaryOperator previousRuns, LongUnaryOperator currentRuns) {
        PeriodComparison[] comparisons = new PeriodComparison[Periods.LENGTHS.length];
        for (int i = 0; i < comparisons.length; i++) {
            Duration length = Periods.LENGTHS[i];
            long days = length.toDays();
            PeriodFigures previous = figures(asOf.minus(length.multipliedBy(2)), asOf.minus(length),
                    previousRuns.applyAsLong(days));
            PeriodFigures current = figures(asOf.minus(length), asOf, currentRuns.applyAsLong(days));
            comparisons[i] = PeriodComparison.of(current, previous);
        }
        return new Periods(comparisons[0], comparisons[1], comparisons[2], comparisons[3]);
    }

    /** Periods without a single run. */
    public static Periods none(Instant asOf) {
        return periods(asOf, 0, 1);
    }

    /** Twelve months up to the report date's, {@code runsPerMonth} more runs each month than the one before. */
    public static List<MonthOfRuns> months(LocalDate reportDate, ZoneId zone, Instant asOf, long runsPerMonth) {
        List<MonthOfRuns> months = new ArrayList<>();
        YearMonth last = YearMonth.from(reportDate);
        for (int i = 11; i >= 0; i--) {
            YearMonth month = last.minusMonths(i);
            long runs = runsPerMonth * (12 - i);
            Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
            Instant end = i == 0 ? asOf : month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            months.add(new MonthOfRuns(month, start, end, runs, runs * 9 / 10, runs / 10, runs * 1.5, runs * 0.5,
                    runs * 0.1, runs / 4));
        }
        return months;
    }

    /** Two teams, one of them lagging (no run in 30 days), and "No Team". */
    public static Adoption adoption(Instant asOf) {
        return new Adoption(40L, 2, 25.0, 50.0, List.of(
                new TeamAdoption("payments", "Payments", 12L, 7L, 120, 180.5, asOf.minus(Duration.ofHours(3))),
                new TeamAdoption("search", "Search", 8L, 0L, 0, 0, asOf.minus(Duration.ofDays(45))),
                new TeamAdoption(RunFacts.NO_TEAM, RunFacts.NO_TEAM, null, null, 5, 2.5, asOf.minus(Duration.ofDays(1)))));
    }

    /** The adoption of an organisation with no users or teams read. */
    public static Adoption noAdoption() {
        return new Adoption(null, 0, null, null, List.of(
                new TeamAdoption(RunFacts.NO_TEAM, RunFacts.NO_TEAM, null, null, 0, 0, null)));
    }

    private static PeriodFigures figures(Instant start, Instant end, long runs) {
        long successful = runs * 9 / 10;
        return new PeriodFigures(start, end, runs, successful, runs - successful,
                runs == 0 ? 0 : (double) successful / runs * 100, runs * 1.5, runs * 0.5, runs * 0.1, runs / 4,
                Math.min(runs, 3), runs / 20);
    }
}
