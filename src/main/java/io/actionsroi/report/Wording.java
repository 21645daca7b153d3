package io.actionsroi.report;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import io.actionsroi.roi.Highlight;
import io.actionsroi.roi.Highlights;
import io.actionsroi.roi.MoneyValue;

/**
 * The sentences the email and the PDF both say, worded here once so that they say the same. Each output
 * formats hours its own way: the email rounds them to one decimal, the PDF shows three as Port does.
 */
public final class Wording {

    /** The answer to one of the dashboard's questions: "Most run this week" and "Create S3 bucket (139 runs)." */
    public record Answer(String label, String text) {

        /** "Most run this week: Create S3 bucket (139 runs)." */
        public String sentence() {
            return label + ": " + text;
        }
    }

    private Wording() {
    }

    /** The dashboard's three questions answered, saying so plainly when nothing answers one. */
    public static List<Answer> highlights(Highlights highlights, DoubleFunction<String> hours) {
        return List.of(
                answer("Most run this week", highlights.mostRunActionThisWeek(), value -> Numbers.counted(Math.round(value), "run", "runs"),
                        "no run in the last 7 days"),
                answer("Action that saved the most hours", highlights.topActionByLeadTimeSavings(),
                        value -> hours.apply(value) + " h", "no action saved time"),
                answer("Category that saved the most hours", highlights.topCategoryByLeadTimeSavings(),
                        value -> hours.apply(value) + " h", "no category saved time"));
    }

    /** "Worth USD 5,722,022 in hours saved and USD 1,188,057 in processing time saved, at USD 80.00 an hour." */
    public static String money(MoneyValue money) {
        return String.format(Locale.ENGLISH, "Worth %s %,.0f in hours saved and %s %,.0f in processing time saved,"
                + " at %s %,.2f an hour.", money.currency(), money.leadTimeSavingsValue(), money.currency(),
                money.cycleTimeSavingsValue(), money.currency(), money.hourlyCost());
    }

    private static Answer answer(String question, Highlight highlight, DoubleFunction<String> measure, String none) {
        if (highlight == null) {
            return new Answer(question, none + ".");
        }
        return new Answer(question, highlight.name() + " (" + measure.apply(highlight.value()) + ").");
    }
}
