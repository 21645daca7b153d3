package io.actionsroi.roi;

/** The answer to one of the dashboard's questions: which action or category, and its measure. */
public record Highlight(String identifier, String title, double value) {

    /** How the outputs name the answer: its title, or its identifier when it has none. */
    public String name() {
        return title != null ? title : identifier;
    }
}
