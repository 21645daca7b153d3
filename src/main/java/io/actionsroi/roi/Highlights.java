package io.actionsroi.roi;

/**
 * The dashboard's AI-assistant questions, answered. A highlight is null when no run answers it (no
 * run this week, no saving at all).
 */
public record Highlights(
        Highlight mostRunActionThisWeek,
        Highlight topActionByLeadTimeSavings,
        Highlight topCategoryByLeadTimeSavings) {
}
