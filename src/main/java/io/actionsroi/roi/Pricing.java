package io.actionsroi.roi;

/**
 * What an hour saved is worth, as configured: the inputs of {@link MoneyValue} and {@link BusinessValue}.
 *
 * @param hourlyCost the cost of one hour of work; null for no money figures at all
 * @param currency the ISO 4217 code of every amount
 * @param attribution the share of the saved time credited to self-service, in (0, 1]
 * @param fteHoursPerYear the working hours of one full-time person in a year
 * @param platformCostPerYear what the platform costs a year; null when not set
 */
public record Pricing(Double hourlyCost, String currency, double attribution, double fteHoursPerYear,
        Double platformCostPerYear) {

    public static final double DEFAULT_ATTRIBUTION = 1;
    public static final double DEFAULT_FTE_HOURS_PER_YEAR = 1760;

    /** No money figures: no hourly cost. */
    public static Pricing none() {
        return new Pricing(null, "USD", DEFAULT_ATTRIBUTION, DEFAULT_FTE_HOURS_PER_YEAR, null);
    }

    /** An hourly cost with the default attribution and working year, no platform cost. */
    public static Pricing hourly(double hourlyCost, String currency) {
        return new Pricing(hourlyCost, currency, DEFAULT_ATTRIBUTION, DEFAULT_FTE_HOURS_PER_YEAR, null);
    }

    MoneyValue money(Figures total) {
        return hourlyCost == null ? null : new MoneyValue(hourlyCost, currency,
                total.totalLeadTimeSavingsH() * hourlyCost, total.totalCycleTimeSavingsH() * hourlyCost);
    }

    BusinessValue value(PeriodFigures quarter) {
        if (hourlyCost == null) {
            return null;
        }
        double annualisedHours = quarter.leadTimeSavingsH() * 365 / 90;
        double annualisedValue = annualisedHours * hourlyCost * attribution;
        BusinessValue.PlatformReturn platform = null;
        if (platformCostPerYear != null) {
            double net = annualisedValue - platformCostPerYear;
            platform = new BusinessValue.PlatformReturn(platformCostPerYear, net,
                    platformCostPerYear == 0 ? null : net / platformCostPerYear * 100);
        }
        return new BusinessValue(hourlyCost, currency, attribution, fteHoursPerYear, annualisedHours, annualisedValue,
                annualisedHours * attribution / fteHoursPerYear, platform);
    }
}
