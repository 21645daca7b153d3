package io.actionsroi.report.pdf;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.lowagie.text.Document;

import io.actionsroi.report.Numbers;
import io.actionsroi.report.pdf.ReportTable.Column;
import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.BusinessValue;
import io.actionsroi.roi.DataQualityIssue;
import io.actionsroi.report.Wording;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.RoiResult;

import static io.actionsroi.report.pdf.Typesetter.spaced;

/**
 * The last pages, for whoever checks the figures: how each is computed (in the words of the model's
 * {@link io.actionsroi.roi.Measure}), the trends, adoption and value and the settings of the value, what a
 * baseline is and which actions lack one, what the figures leave out and why, and the characters the fonts
 * could not print.
 */
final class MethodSection {

    /** The most data-quality entities listed; the JSON summary lists them all. */
    private static final int MAX_LISTED = 100;

    private static final Set<IssueKind> BASELINE_KINDS = Set.of(IssueKind.MISSING_BASELINE, IssueKind.ZERO_BASELINE);
    private static final Set<IssueKind> LEFT_OUT_RUNS = Set.of(IssueKind.ORPHAN_RUN, IssueKind.DUPLICATE_RUN,
            IssueKind.UNREADABLE_CREATED_AT, IssueKind.RUN_AFTER_AS_OF);

    /** A case of the model's data-quality list with its count. */
    private record Finding(IssueKind kind, long count) {
    }

    private final RoiResult result;
    private final Typesetter type;
    private final Theme theme;
    private final ReportTable tables;
    private final List<UnprintableText> unprintable;

    MethodSection(RoiResult result, Typesetter type, Theme theme, List<UnprintableText> unprintable) {
        this.result = result;
        this.type = type;
        this.theme = theme;
        this.tables = new ReportTable(type, theme);
        this.unprintable = unprintable;
    }

    void addTo(Document document) {
        document.newPage();
        document.add(spaced(type.paragraph("Method and data quality", theme.heading()), 0, 4));
        addMethod(document);
        addTrends(document);
        addBaselines(document);
        addLeftOut(document);
        addUnprintable(document);
    }

    private void addMethod(Document document) {
        subheading(document, "How the figures are computed");
        body(document, "Every figure is computed from the action runs recorded in Port, read from "
                + result.source() + ", with the formulas of Port's actions ROI dashboard, so the two agree on the"
                + " same data. The report counts the runs created before " + Numbers.time(result.asOf(), result.zone())
                + ", the end of the report date " + result.reportDate() + " in " + result.zone().getId() + "; the"
                + " last 7 days and the weekly chart are rolling windows that end there. Hours show three decimals,"
                + " as on Port's dashboard; a run slower than its baseline saves a negative amount, which counts.");
        document.add(tables.of(List.of(
                Column.<ReportFigure>text("In this report", 22, ReportFigure::label),
                Column.<ReportFigure>text("Port property", 28,
                        figure -> figure.measure().title() + " (" + figure.measure().key() + ")"),
                Column.<ReportFigure>text("How it is computed", 50, figure -> figure.measure().definition())),
                Arrays.asList(ReportFigure.values())));
    }

    /** A figure over time, of adoption or of value, and how it is computed. */
    private record Definition(String figure, String computed) {
    }

    private void addTrends(Document document) {
        subheading(document, "Trends, adoption and value");
        body(document, "These figures are over the same counted runs, each placed in time by its creation time.");
        String zone = result.zone().getId();
        document.add(tables.of(List.of(
                Column.<Definition>text("Figure", 22, Definition::figure),
                Column.<Definition>text("How it is computed", 78, Definition::computed)), List.of(
                new Definition("Periods and their change", "The last 24 hours, 7 days, 30 days and 90 days before the"
                        + " as-of time, each against as many days just before them, with fixed lengths like the"
                        + " windows above. A change is current - previous, shown as a percentage of the previous ("
                        + "\"from none\" when the previous is 0); a rate changes in percentage points. Green is good"
                        + " news (more hours saved or runs, less waiting), red bad news."),
                new Definition("Months", "Calendar months in " + zone + "; the last ends at the as-of time."),
                new Definition("Active users", "Distinct users who ran an action in the period (the run's"
                        + " ran_by_actual_user); a run without a user adds none."),
                new Definition("Active teams", "Distinct primary teams of the period's runs, \"No Team\" not counted."),
                new Definition("New users", "Users whose first counted run, of all before the as-of time, is in the"
                        + " period."),
                new Definition("Adoption rates", "Active users of the last 30 days / users in Port (_user) x 100;"
                        + " active teams of the last 30 days that are teams in Port / teams in Port (_team) x 100."),
                new Definition("Adoption by team", "Members: the users whose teams include the team; active: those"
                        + " of them who ran any action in the last 30 days. Runs and hours saved: the runs of the last"
                        + " 30 days whose primary team it is. A team without such a run is marked."),
                new Definition("Value of a year", "Annualised hours = hours saved in the last 90 days x 365 / 90;"
                        + " value = annualised hours x hourly cost x attribution (the share of the saved time credited"
                        + " to self-service); full-time people = annualised hours x attribution / working hours of a"
                        + " year; net = value - platform cost a year; return = net / platform cost x 100."))));
        body(document, pricing());
    }

    /** The settings the value was computed with, or how to set them. */
    private String pricing() {
        BusinessValue value = result.value();
        if (value == null) {
            return "No hourly cost is set (report.hourly-cost), so the report puts no value on the hours saved.";
        }
        String text = String.format(Locale.ENGLISH, "This report: %s %,.2f an hour (report.hourly-cost), an attribution"
                + " of %s (report.value.attribution), %,.0f working hours a year (report.value.fte-hours-per-year)",
                value.currency(), value.hourlyCost(), Numbers.percent(value.attribution() * 100),
                value.fteHoursPerYear());
        if (value.platformCostPerYear() == null) {
            return text + " and no platform cost (report.value.platform-cost-per-year).";
        }
        return text + String.format(Locale.ENGLISH, " and a platform cost of %s %,.0f a year"
                + " (report.value.platform-cost-per-year).", value.currency(), value.platformCostPerYear());
    }

    private void addBaselines(Document document) {
        subheading(document, "Baselines");
        body(document, "A run saves time against its action's baseline: how long the task took before it was a"
                + " self-service action. Each action in Port holds two, in hours: lead_time_before, from request to"
                + " done, and cycle_time, the hands-on processing time. A successful run saves the baseline less its"
                + " own duration (hours saved) or less its own cycle time (processing time saved). An action without"
                + " a baseline claims no saving; one whose baseline is 0 claims only negative savings.");
        List<DataQualityIssue> baselines = result.dataQuality().items().stream()
                .filter(issue -> BASELINE_KINDS.contains(issue.kind()))
                .toList();
        if (baselines.isEmpty()) {
            body(document, "Every action has both baselines, none of them 0.");
            return;
        }
        Map<String, String> titles = result.actions().stream()
                .filter(action -> action.title() != null)
                .collect(Collectors.toMap(ActionFigures::identifier, ActionFigures::title, (first, second) -> first));
        body(document, "These actions lack a baseline or have a baseline of 0:");
        document.add(tables.of(List.of(
                Column.<DataQualityIssue>text("Action", 40,
                        issue -> titles.getOrDefault(issue.identifier(), issue.identifier())),
                Column.<DataQualityIssue>text("Identifier", 25, DataQualityIssue::identifier),
                Column.<DataQualityIssue>text("Baseline", 35, DataQualityIssue::reason)), baselines));
    }

    private void addLeftOut(Document document) {
        subheading(document, "What the figures leave out");
        List<Finding> findings = Arrays.stream(IssueKind.values())
                .map(kind -> new Finding(kind, result.dataQuality().counts().getOrDefault(kind.key(), 0L)))
                .filter(finding -> finding.count() > 0)
                .toList();
        if (findings.isEmpty()) {
            body(document, "Nothing: every run was counted as recorded, and every entity was read whole.");
            return;
        }
        long runsLeftOut = findings.stream().filter(finding -> LEFT_OUT_RUNS.contains(finding.kind()))
                .mapToLong(Finding::count).sum();
        body(document, Numbers.counted(runsLeftOut, "run was", "runs were") + " left out of every figure. Each case"
                + " below is counted, and every entity concerned is listed in the JSON summary"
                + " (actions-roi-" + result.reportDate() + ".json).");
        document.add(tables.of(List.of(
                Column.<Finding>text("Case", 38, finding -> Wording.dataQualityCase(finding.kind()).what()),
                Column.<Finding>number("Count", 10, finding -> Numbers.count(finding.count())),
                Column.<Finding>text("What the figures do", 52, finding -> Wording.dataQualityCase(finding.kind()).effect())), findings));
        List<DataQualityIssue> listed = result.dataQuality().items().stream()
                .filter(issue -> !BASELINE_KINDS.contains(issue.kind()))
                .sorted(Comparator.comparing(DataQualityIssue::kind))
                .toList();
        if (listed.isEmpty()) {
            return;
        }
        body(document, listed.size() > MAX_LISTED
                ? "The first " + MAX_LISTED + " of the " + Numbers.count(listed.size()) + " entities concerned (the"
                        + " JSON summary lists them all):"
                : "The entities concerned:");
        document.add(tables.of(List.of(
                Column.<DataQualityIssue>text("Case", 22, issue -> Wording.dataQualityCase(issue.kind()).what()),
                Column.<DataQualityIssue>text("Entity", 33, issue -> issue.blueprint() + " " + issue.identifier()),
                Column.<DataQualityIssue>text("Reason", 45, DataQualityIssue::reason)),
                listed.subList(0, Math.min(MAX_LISTED, listed.size()))));
    }

    private void addUnprintable(Document document) {
        subheading(document, "Characters the fonts lack");
        String fonts = String.join(", ", type.fonts().names());
        if (unprintable.isEmpty()) {
            body(document, "Every character of the data printed as written, in the fonts " + fonts + ".");
            return;
        }
        body(document, "These texts have characters none of the report's fonts (" + fonts + ") has; each prints"
                + " as \uFFFD. To print them, add a font that has them to the setting report.pdf.fallback-fonts.");
        document.add(tables.of(List.of(
                Column.<UnprintableText>text("Where", 20, UnprintableText::where),
                Column.<UnprintableText>text("Text", 50, UnprintableText::text),
                Column.<UnprintableText>text("Characters", 30, UnprintableText::codes)), unprintable));
    }

    private void subheading(Document document, String title) {
        document.add(spaced(type.paragraph(title, theme.subheading()), 10, 3));
    }

    private void body(Document document, String text) {
        document.add(spaced(type.paragraph(text, theme.body()), 0, 4));
    }
}
