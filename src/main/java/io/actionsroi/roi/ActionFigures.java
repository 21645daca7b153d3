package io.actionsroi.roi;

/**
 * One self-service action with its figures. {@code category} is the category's title,
 * {@code categoryId} its identifier (null when the action names no known category).
 */
public record ActionFigures(
        String identifier,
        String title,
        String categoryId,
        String category,
        String criticality,
        Figures figures) {
}
