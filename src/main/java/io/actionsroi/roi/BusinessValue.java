package io.actionsroi.roi;

/**
 * What a year of self-service is worth at the last quarter's pace, for the "what is it worth?" question.
 *
 * @param attribution the share of the saved time credited to self-service, in (0, 1]
 * @param annualisedLeadTimeSavingsH the last 90 days' hours saved (lead time) times 365 / 90
 * @param annualisedValue the annualised hours times the hourly cost times the attribution
 * @param fteEquivalent the annualised hours times the attribution, in full-time people
 * @param platform the value against what the platform costs; null when no platform cost is set
 */
public record BusinessValue(
        double hourlyCost,
        String currency,
        double attribution,
        double fteHoursPerYear,
        double annualisedLeadTimeSavingsH,
        double annualisedValue,
        double fteEquivalent,
        PlatformReturn platform) {

    public BusinessValue {
        // Read back from a summary without a platform cost, the platform's fields are all absent.
        platform = platform == null || platform.platformCostPerYear() == null ? null : platform;
    }

    /**
     * The annual value net of the platform's cost.
     *
     * @param platformCostPerYear what the platform costs a year
     * @param netAnnualValue {@code annualisedValue - platformCostPerYear}
     * @param roiPercent {@code netAnnualValue / platformCostPerYear * 100}; null when the cost is 0
     */
    public record PlatformReturn(Double platformCostPerYear, Double netAnnualValue, Double roiPercent) {
    }

    /** What the platform costs a year; null when not set. */
    public Double platformCostPerYear() {
        return platform == null ? null : platform.platformCostPerYear();
    }

    /** The annual value net of the platform's cost; null without a platform cost. */
    public Double netAnnualValue() {
        return platform == null ? null : platform.netAnnualValue();
    }

    /** The net value per 100 of platform cost; null without a platform cost or when it is 0. */
    public Double roiPercent() {
        return platform == null ? null : platform.roiPercent();
    }
}
