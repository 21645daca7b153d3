package io.actionsroi.roi;

/** The answer to one of the dashboard's questions: which action or category, and its measure. */
public record Highlight(String identifier, String title, double value) {
}
