package io.actionsroi.delivery;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * What the email says of the JSON summary's numbers, worked out here from the numbers with the model's
 * formulas, so that the tests compare the email with the summary rather than with the email's own output.
 */
public final class SummaryWords {

    private SummaryWords() {
    }

    /** The summary's last 30 days against the 30 days before: {@code periods.month}. */
    public static JsonNode month(JsonNode summary) {
        return summary.get("periods").get("month");
    }

    /** Hours as the email writes them: "30,888.6". */
    public static String hours(double hours) {
        return String.format(Locale.ENGLISH, "%,.1f", hours);
    }

    /**
     * A change {@code {"absolute", "percent"}} in words: "▲ 88.8%", "▼ 2.2 pts" for a rate (the absolute change
     * in percentage points), "no change", "▲ from none" without a baseline.
     */
    public static String change(JsonNode change, boolean rate) {
        double absolute = change.get("absolute").asDouble();
        if (absolute == 0) {
            return "no change";
        }
        String arrow = absolute > 0 ? "▲" : "▼";
        if (rate) {
            return String.format(Locale.ENGLISH, "%s %.1f pts", arrow, Math.abs(absolute));
        }
        JsonNode percent = change.get("percent");
        return percent.isNull() ? arrow + " from none"
                : String.format(Locale.ENGLISH, "%s %.1f%%", arrow, Math.abs(percent.asDouble()));
    }
}
