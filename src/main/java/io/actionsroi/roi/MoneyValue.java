package io.actionsroi.roi;

/** The hours saved priced at an hourly cost, for readers who think in money. */
public record MoneyValue(
        double hourlyCost,
        String currency,
        double leadTimeSavingsValue,
        double cycleTimeSavingsValue) {
}
