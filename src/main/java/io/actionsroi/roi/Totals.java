package io.actionsroi.roi;

/**
 * The organisation's totals: the figures over every counted run (so {@code totalLeadTimeSavingsH} is
 * Port's "Total hours saved"), how many actions there are and how many ran, and the money value
 * when an hourly cost is set ({@code money} is null otherwise).
 */
public record Totals(Figures figures, long actions, long actionsWithRuns, MoneyValue money) {
}
