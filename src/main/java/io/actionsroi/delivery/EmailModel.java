package io.actionsroi.delivery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.actionsroi.report.Numbers;
import io.actionsroi.report.Wording;
import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.RoiResult;

/**
 * What the email templates show, every value already formatted for reading (hours with one decimal,
 * thousands separated). The templates escape it; nothing here is markup.
 *
 * @param subject the subject line
 * @param test whether this is a test send, which the email says at the top
 * @param headline the headline figures, in the order of Port's dashboard
 * @param money the hours saved priced at the hourly cost; null when no cost is set
 * @param highlights the dashboard's questions, each answered in a sentence
 * @param topActions the actions that saved the most hours (lead time), at most five
 * @param week the runs of the last seven days
 * @param dataQuality one sentence on what the figures leave out or count with a caveat
 * @param dashboardUrl the Port dashboard; null when not set
 * @param reportsUrl where the full reports can be opened; null when not set
 * @param reportsFolder the folder of this date's reports on the machine that made them
 * @param attachments the names of the attached files
 * @param leftOut the files too large to attach
 */
public record EmailModel(
        String subject,
        boolean test,
        String reportDate,
        String zone,
        String asOf,
        String generatedAt,
        String source,
        List<Figure> headline,
        String money,
        List<String> highlights,
        List<ActionRow> topActions,
        Week week,
        String dataQuality,
        String dashboardUrl,
        String reportsUrl,
        String reportsFolder,
        List<String> attachments,
        List<LeftOut> leftOut) {

    private static final int TOP_ACTIONS = 5;
    /** The unit after a number of hours, kept on the number's line (a no-break space). */
    private static final String HOURS = "\u00a0h";

    /** One headline figure: "Total hours saved", "71,525.3 h", "lead time". */
    public record Figure(String label, String value, String note) {
    }

    /** One of the top actions. */
    public record ActionRow(String title, String category, String runs, String successRate, String hoursSaved,
            String processingSaved) {
    }

    /** The last seven days before the as-of instant. */
    public record Week(String runs, String failedRuns, String failureRate) {
    }

    /** A report file not attached, and its size. */
    public record LeftOut(String fileName, String size) {
    }

    /** The model of the email of {@code result}, whose files are in {@code reportFolder}. */
    public static EmailModel of(RoiResult result, AttachmentPlan plan, Path reportFolder, EmailProperties email,
            DeliveryMode mode) {
        Figures totals = result.totals().figures();
        String date = result.reportDate().toString();
        boolean test = mode.kind() == DeliveryMode.Kind.TEST;
        return new EmailModel(
                (test ? "[TEST] " : "") + subject(email.subject(), result),
                test,
                date,
                result.zone().getId(),
                Numbers.time(result.asOf(), result.zone()),
                Numbers.time(result.generatedAt(), result.zone()),
                result.source(),
                List.of(
                        new Figure("Total hours saved", hours(totals.totalLeadTimeSavingsH()) + HOURS, "lead time"),
                        new Figure("Total processing time saved", hours(totals.totalCycleTimeSavingsH()) + HOURS,
                                "cycle time"),
                        new Figure("Total time waiting for approval", hours(totals.totalWaitingTimeH()) + HOURS, ""),
                        new Figure("Runs", Numbers.count(totals.totalRuns()), "up to the report date"),
                        new Figure("Success rate", Numbers.percent(totals.successRate()), "of all runs")),
                money(result.totals().money()),
                highlights(result),
                topActions(result.actions()),
                new Week(Numbers.count(totals.weeklyTotalRuns()), Numbers.count(totals.weeklyFailedRuns()),
                        Numbers.percent(totals.weeklyFailureRate())),
                dataQuality(result.dataQuality().counts()),
                email.dashboardUrl() != null ? email.dashboardUrl().toString() : null,
                email.reportsUrl() != null ? email.reportsUrl().replace("{date}", date) : null,
                reportFolder.toAbsolutePath().normalize().toString(),
                plan.attached().stream().map(AttachmentPlan.ReportFile::fileName).toList(),
                plan.leftOut().stream()
                        .map(file -> new LeftOut(file.fileName(), megabytes(file.bytes())))
                        .toList());
    }

    /** The subject template with its placeholders replaced, on one line. */
    private static String subject(String template, RoiResult result) {
        Figures totals = result.totals().figures();
        Map<String, String> values = Map.of(
                "{date}", result.reportDate().toString(),
                "{zone}", result.zone().getId(),
                "{hoursSaved}", hours(totals.totalLeadTimeSavingsH()),
                "{processingSaved}", hours(totals.totalCycleTimeSavingsH()),
                "{waitingHours}", hours(totals.totalWaitingTimeH()),
                "{runs}", Numbers.count(totals.totalRuns()),
                "{successRate}", Numbers.percent(totals.successRate()));
        String subject = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            subject = subject.replace(value.getKey(), value.getValue());
        }
        return subject.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static List<String> highlights(RoiResult result) {
        return Wording.highlights(result.highlights(), EmailModel::hours).stream().map(Wording.Answer::sentence)
                .toList();
    }

    private static List<ActionRow> topActions(List<ActionFigures> actions) {
        return actions.stream()
                .filter(action -> action.figures().totalRuns() > 0)
                .sorted(Figures.mostHoursSavedFirst(ActionFigures::figures, ActionFigures::identifier))
                .limit(TOP_ACTIONS)
                .map(action -> new ActionRow(
                        action.name(),
                        action.category() != null ? action.category() : "",
                        Numbers.count(action.figures().totalRuns()),
                        Numbers.percent(action.figures().successRate()),
                        hours(action.figures().totalLeadTimeSavingsH()),
                        hours(action.figures().totalCycleTimeSavingsH())))
                .toList();
    }

    private static String dataQuality(Map<String, Long> counts) {
        List<String> cases = new ArrayList<>();
        for (IssueKind kind : IssueKind.values()) {
            long count = counts.getOrDefault(kind.key(), 0L);
            if (count > 0) {
                cases.add(describe(kind, count));
            }
        }
        if (cases.isEmpty()) {
            return "No data-quality findings: every run was counted as recorded.";
        }
        return String.join("; ", cases) + ". Each case is listed in the JSON summary.";
    }

    private static String describe(IssueKind kind, long count) {
        String runs = Numbers.counted(count, "run", "runs");
        String actions = Numbers.counted(count, "action", "actions");
        return switch (kind) {
            case ORPHAN_RUN -> runs + " of no known action (left out)";
            case DUPLICATE_RUN -> runs + " served twice (counted once)";
            case UNKNOWN_STATUS -> runs + " with an unknown status (in the run count only)";
            case UNREADABLE_CREATED_AT -> runs + " with an unreadable creation time (left out)";
            case CREATED_AT_FALLBACK -> runs + " dated by their entity's creation time";
            case RUN_AFTER_AS_OF -> runs + " created after the as-of time (left out)";
            case MISSING_BASELINE -> actions + " without a baseline (no savings counted)";
            case ZERO_BASELINE -> actions + " with a zero baseline (negative savings)";
            case MALFORMED_ENTITY -> Numbers.counted(count, "entity", "entities")
                    + " with a malformed field (the field is ignored)";
            case USER_DIRECTORY_UNAVAILABLE -> "the users could not be read (no user totals or team members)";
        };
    }

    private static String money(MoneyValue money) {
        return money == null ? null : Wording.money(money);
    }

    private static String hours(double hours) {
        return String.format(Locale.ENGLISH, "%,.1f", hours);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
