package io.actionsroi.roi;

/**
 * One self-service action as the reference data holds it.
 *
 * @param categoryId the related category's identifier, null when the action names no known category
 * @param categoryTitle that category's title, null likewise
 * @param leadTimeBeforeH the {@code lead_time_before} baseline in hours, null when absent or unreadable
 * @param cycleTimeBeforeH the cycle time baseline (the action's {@code cycle_time}) in hours, null likewise
 */
public record ActionReference(
        String identifier,
        String title,
        String categoryId,
        String categoryTitle,
        String criticality,
        Double leadTimeBeforeH,
        Double cycleTimeBeforeH) {
}
