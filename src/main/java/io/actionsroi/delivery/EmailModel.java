package io.actionsroi.delivery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.actionsroi.report.Numbers;
import io.actionsroi.report.Wording;
import io.actionsroi.report.Wording.Better;
import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.PeriodComparison;
import io.actionsroi.roi.RoiResult;

/**
 * What the email templates show, every value already formatted for reading (hours with one decimal,
 * thousands separated). The templates escape it; nothing here is markup.
 *
 * @param subject the subject line
 * @param test whether this is a test send, which the email says at the top
 * @param partial that the report was made before its day ended, in a sentence; null for a whole day
 * @param period the names of the period each headline figure is compared over (the last 30 days) and of
 *     the one it is compared with
 * @param headline the headline figures, in the order of Port's dashboard, each to date, over the period
 *     and with its change
 * @param money the hours saved priced at the hourly cost; null when no cost is set
 * @param story the report's three questions (is it growing, who uses it, what is it worth), answered
 * @param highlights the dashboard's questions, each answered in a sentence
 * @param topActions the actions that saved the most hours (lead time), at most five
 * @param week the runs of the last seven days
 * @param dataQuality the data-quality cases found, in the order of the JSON summary's counts; empty when none
 * @param dashboardUrl the Port dashboard; null when not set
 * @param reportsUrl where the full reports can be opened; null when not set
 * @param reportsFolder the folder of this date's reports on the machine that made them
 * @param archivedPdf a presigned link to the PDF in the archive; null when the archive is off or did not get it
 * @param archiveFailed that the archive step did not archive everything: the email then says where the reports are
 * @param attachments the names of the attached files
 * @param leftOut the files too large to attach
 * @param team whose report it is, and how it compares with the organisation's; null for the organisation's
 */
public record EmailModel(
        String subject,
        boolean test,
        String partial,
        String reportDate,
        String zone,
        String asOf,
        String generatedAt,
        String source,
        Wording.PeriodNames period,
        List<Figure> headline,
        String money,
        List<Wording.Answer> story,
        List<String> highlights,
        List<ActionRow> topActions,
        Week week,
        List<Finding> dataQuality,
        String dashboardUrl,
        String reportsUrl,
        String reportsFolder,
        String archivedPdf,
        boolean archiveFailed,
        List<String> attachments,
        List<LeftOut> leftOut,
        Team team) {

    private static final int TOP_ACTIONS = 5;
    /** The unit after a number of hours, kept on the number's line (a no-break space). */
    private static final String HOURS = "\u00a0h";

    /**
     * One headline figure: "Total hours saved" ("lead time"), "71,525.3 h" to date, "30,888.6 h" in the
     * last 30 days, "▲ 88.8%" against the 30 days before ("▲ 88.8% vs the 30 days before" in a sentence),
     * and whether that change is good news, which the HTML shows in colour.
     */
    public record Figure(String label, String note, String value, String lastPeriod, String change, String versus,
            Wording.Tendency tendency) {
    }

    /** A data-quality case: "Runs of no known action", "30", "Left out of every figure, ...". */
    public record Finding(String what, String count, String effect) {
    }

    /** One of the top actions. */
    public record ActionRow(String title, String category, String runs, String successRate, String hoursSaved,
            String processingSaved) {
    }

    /** The last seven days before the as-of instant. */
    public record Week(String runs, String failedRuns, String failureRate) {
    }

    /**
     * A team's report: the team, and the sentences that set it against the organisation, as the team's PDF
     * words them: its share of the hours saved, and its success rate against the organisation's.
     */
    public record Team(String title, String identifier, Wording.Answer share, Wording.Answer successRate) {
    }

    /** A report file not attached, and its size. */
    public record LeftOut(String fileName, String size) {
    }

    /**
     * The model of the email of {@code result}, whose files are in {@code reportFolder} and, as {@code archive}
     * says, in the archive: the organisation's report, or a team's when the result has a scope (its subject
     * then starts with the team's title).
     */
    public static EmailModel of(RoiResult result, AttachmentPlan plan, Path reportFolder, EmailProperties email,
            DeliveryMode mode, ArchiveOutcome archive) {
        Figures totals = result.totals().figures();
        String date = result.reportDate().toString();
        boolean test = mode.kind() == DeliveryMode.Kind.TEST;
        Team team = team(result);
        return new EmailModel(
                (test ? "[TEST] " : "") + (result.partial() ? "[PARTIAL] " : "")
                        + (team != null ? team.title() + ": " : "") + subject(email.subject(), result),
                test,
                Wording.partial(result),
                date,
                result.zone().getId(),
                Numbers.time(result.asOf(), result.zone()),
                Numbers.time(result.generatedAt(), result.zone()),
                result.source(),
                Wording.month(),
                headline(result),
                money(result.totals().money()),
                Wording.story(result, EmailModel::hours),
                highlights(result),
                topActions(result.actions()),
                new Week(Numbers.count(totals.weeklyTotalRuns()), Numbers.count(totals.weeklyFailedRuns()),
                        Numbers.percent(totals.weeklyFailureRate())),
                dataQuality(result.dataQuality().counts()),
                email.dashboardUrl() != null ? email.dashboardUrl().toString() : null,
                email.reportsUrl() != null ? email.reportsUrl().replace("{date}", date) : null,
                reportFolder.toAbsolutePath().normalize().toString(),
                archive.pdfLink() != null ? archive.pdfLink().toString() : null,
                archive.failed(),
                plan.attached().stream().map(AttachmentPlan.ReportFile::fileName).toList(),
                plan.leftOut().stream()
                        .map(file -> new LeftOut(file.fileName(), megabytes(file.bytes())))
                        .toList(),
                team);
    }

    /** The team of a team's report, set against the organisation's figures; null for the organisation's. */
    private static Team team(RoiResult result) {
        if (result.scope() == null) {
            return null;
        }
        return new Team(result.scope().title(), result.scope().team(), Wording.teamShare(result, EmailModel::hours),
                Wording.teamSuccessRate(result));
    }

    /**
     * The headline figures, in the order of Port's dashboard, each to date, over the last 30 days and with its
     * change: what the email and the chat messages lead with.
     */
    public static List<Figure> headline(RoiResult result) {
        Figures totals = result.totals().figures();
        PeriodComparison month = result.periods().month();
        return List.of(
                figure("Total hours saved", "lead time", hours(totals.totalLeadTimeSavingsH()) + HOURS,
                        hours(month.current().leadTimeSavingsH()) + HOURS,
                        Wording.change(month.change().leadTimeSavingsH(), Better.UP, false)),
                figure("Total processing time saved", "cycle time",
                        hours(totals.totalCycleTimeSavingsH()) + HOURS,
                        hours(month.current().cycleTimeSavingsH()) + HOURS,
                        Wording.change(month.change().cycleTimeSavingsH(), Better.UP, false)),
                figure("Total time waiting for approval", "", hours(totals.totalWaitingTimeH()) + HOURS,
                        hours(month.current().waitingTimeH()) + HOURS,
                        Wording.change(month.change().waitingTimeH(), Better.DOWN, false)),
                figure("Runs", "", Numbers.count(totals.totalRuns()),
                        Numbers.count(month.current().totalRuns()),
                        Wording.change(month.change().totalRuns(), Better.UP, false)),
                figure("Success rate", "", Numbers.percent(totals.successRate()),
                        Numbers.percent(month.current().successRate()), Wording.successRateChange(month)));
    }

    /** A headline figure changed by {@code change} over the last 30 days. */
    private static Figure figure(String label, String note, String value, String lastPeriod,
            Wording.ChangeWords words) {
        return new Figure(label, note, value, lastPeriod, words.text(), Wording.versus(words, Wording.month()),
                words.tendency());
    }

    /** The subject template with its placeholders replaced, on one line. */
    private static String subject(String template, RoiResult result) {
        Figures totals = result.totals().figures();
        PeriodComparison month = result.periods().month();
        Map<String, String> values = Map.of(
                "{date}", result.reportDate().toString(),
                "{zone}", result.zone().getId(),
                "{hoursSaved}", hours(totals.totalLeadTimeSavingsH()),
                "{processingSaved}", hours(totals.totalCycleTimeSavingsH()),
                "{waitingHours}", hours(totals.totalWaitingTimeH()),
                "{runs}", Numbers.count(totals.totalRuns()),
                "{successRate}", Numbers.percent(totals.successRate()),
                "{monthHoursSaved}", hours(month.current().leadTimeSavingsH()),
                "{monthChange}", Wording.change(month.change().leadTimeSavingsH(), Better.UP, false).text());
        String subject = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            subject = subject.replace(value.getKey(), value.getValue());
        }
        return subject.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** The dashboard's questions, each answered in a sentence: what the email and the chat messages list. */
    public static List<String> highlights(RoiResult result) {
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

    private static List<Finding> dataQuality(Map<String, Long> counts) {
        List<Finding> findings = new ArrayList<>();
        for (IssueKind kind : IssueKind.values()) {
            long count = counts.getOrDefault(kind.key(), 0L);
            if (count > 0) {
                Wording.DataQualityCase found = Wording.dataQualityCase(kind);
                findings.add(new Finding(found.what(), Numbers.count(count), found.effect()));
            }
        }
        return findings;
    }

    /** The hours saved priced at the hourly cost, in a sentence; null when no cost is set. */
    public static String money(MoneyValue money) {
        return money == null ? null : Wording.money(money);
    }

    private static String hours(double hours) {
        return String.format(Locale.ENGLISH, "%,.1f", hours);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
