package io.actionsroi.roi;

/**
 * One rolling period of n days against the n days before it: {@code current = [asOf - n d, asOf)},
 * {@code previous = [asOf - 2n d, asOf - n d)}.
 */
public record PeriodComparison(PeriodFigures current, PeriodFigures previous, PeriodChange change) {

    public static PeriodComparison of(PeriodFigures current, PeriodFigures previous) {
        return new PeriodComparison(current, previous, PeriodChange.between(current, previous));
    }
}
