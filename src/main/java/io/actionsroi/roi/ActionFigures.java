package io.actionsroi.roi;

/**
 * One self-service action with its figures. {@code category} is the category's title,
 * {@code categoryId} its identifier (null when the action names no known category).
 *
 * @param leadTimeBeforeH the lead time baseline the savings were computed with, in hours; null when the
 *     action has none
 * @param cycleTimeBeforeH the cycle time baseline, likewise
 */
public record ActionFigures(
        String identifier,
        String title,
        String categoryId,
        String category,
        String criticality,
        Double leadTimeBeforeH,
        Double cycleTimeBeforeH,
        Figures figures) {

    /** How the outputs name the action: its title, or its identifier when it has none. */
    public String name() {
        return title != null ? title : identifier;
    }
}
