package io.actionsroi.roi;

/**
 * What a year of self-service is worth at the last quarter's pace, for the "what is it worth?" question.
 *
 * @param attribution the share of the saved time credited to self-service, in (0, 1]
 * @param annualisedLeadTimeSavingsH the last 90 days' hours saved (lead time) times 365 / 90
 * @param annualisedValue the annualised hours times the hourly cost times the attribution
 * @param fteEquivalent the annualised hours times the attribution, in full-time people
 * @param platformCostPerYear what the platform costs a year; null when not set, and then so are the net
 *     value and the ROI
 * @param netAnnualValue {@code annualisedValue - platformCostPerYear}
 * @param roiPercent {@code netAnnualValue / platformCostPerYear * 100}; null when the cost is 0
 */
public record BusinessValue(
        double hourlyCost,
        String currency,
        double attribution,
        double fteHoursPerYear,
        double annualisedLeadTimeSavingsH,
        double annualisedValue,
        double fteEquivalent,
        Double platformCostPerYear,
        Double netAnnualValue,
        Double roiPercent) {
}
