package io.actionsroi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import io.actionsroi.roi.Adoption;
import io.actionsroi.roi.BusinessValue;
import io.actionsroi.roi.Change;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.Highlight;
import io.actionsroi.roi.Highlights;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.OrganisationShare;
import io.actionsroi.roi.PeriodComparison;
import io.actionsroi.roi.PeriodFigures;
import io.actionsroi.roi.Periods;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.TeamAdoption;

/**
 * The words every output says (the email, the PDF, the workbook and the log), worded here once so that
 * they say the same: the highlights, the changes against the previous period, the three questions of the
 * first page and the data-quality cases. Each output formats hours its own way: the email rounds them to
 * one decimal, the PDF shows three as Port does.
 */
public final class Wording {

    /** The answer to one of the dashboard's questions: "Most run this week" and "Create S3 bucket (139 runs)." */
    public record Answer(String label, String text) {

        /** "Most run this week: Create S3 bucket (139 runs)." */
        public String sentence() {
            return label + ": " + text;
        }
    }

    /** Which way a figure moving is good news: more hours saved is, more waiting is not. */
    public enum Better {
        UP, DOWN
    }

    /** Whether a change is good news, bad news or neither (no change, or nothing to compare with). */
    public enum Tendency {
        GOOD, BAD, NEUTRAL
    }

    /** A change in words, "▲ 12.4%", "▼ 2.2 pts", "no change", with whether it is good news for colouring. */
    public record ChangeWords(String text, Tendency tendency) {
    }

    /** A period's two names: "the last 30 days" and "the 30 days before". */
    public record PeriodNames(String current, String previous) {
    }

    /** A data-quality case: what it is ("Runs of no known action") and what the figures do about it. */
    public record DataQualityCase(String what, String effect) {
    }

    /** The change from a previous value of 0, which no percentage can express. */
    private static final String FROM_NONE = "from none";
    /** A rate of a period without runs, which no change can express. */
    private static final String NO_RUNS = "no runs to rate";
    /** The lagging teams the answer "Who uses it?" names; it counts the others. */
    private static final int LAGGING_NAMED = 5;

    private Wording() {
    }

    public static PeriodNames day() {
        return new PeriodNames("the last 24 hours", "the 24 hours before");
    }

    public static PeriodNames week() {
        return new PeriodNames("the last 7 days", "the 7 days before");
    }

    public static PeriodNames month() {
        return new PeriodNames("the last 30 days", "the 30 days before");
    }

    public static PeriodNames quarter() {
        return new PeriodNames("the last 90 days", "the 90 days before");
    }

    /**
     * A change in words: the percent change with an arrow, or for a rate the change in percentage points;
     * "no change" when the figure did not move, and "▲ from none" when there was nothing before.
     */
    public static ChangeWords change(Change change, Better better, boolean rate) {
        if (change.absolute() == 0) {
            return new ChangeWords("no change", Tendency.NEUTRAL);
        }
        boolean up = change.absolute() > 0;
        String arrow = up ? "▲" : "▼";
        Tendency tendency = up == (better == Better.UP) ? Tendency.GOOD : Tendency.BAD;
        if (rate) {
            return new ChangeWords(String.format(Locale.ENGLISH, "%s %.1f pts", arrow, Math.abs(change.absolute())), tendency);
        }
        if (change.percent() == null) {
            return new ChangeWords(arrow + " " + FROM_NONE, tendency);
        }
        return new ChangeWords(arrow + " " + Numbers.percent(Math.abs(change.percent())), tendency);
    }

    /**
     * A period's success rate against the period before's, in points; "▲ from none" when the period before had
     * no run and "no runs" when this one has none: a rate of 0 without runs (as Port writes it) is no rate to
     * compare with.
     */
    public static ChangeWords successRateChange(PeriodComparison period) {
        if (period.previous().totalRuns() == 0 && period.current().totalRuns() > 0) {
            return new ChangeWords("▲ " + FROM_NONE, Tendency.NEUTRAL);
        }
        if (period.current().totalRuns() == 0 && period.previous().totalRuns() > 0) {
            // Port's rate of 0 without runs is no fall in success: there is nothing to rate
            return new ChangeWords(NO_RUNS, Tendency.NEUTRAL);
        }
        return change(period.change().successRate(), Better.UP, true);
    }

    /** "▲ 12.4% vs the 30 days before", "no change from the 30 days before", "▲ from none in the 30 days before". */
    public static String versus(ChangeWords change, PeriodNames period) {
        if (change.text().endsWith(FROM_NONE)) {
            return change.text() + " in " + period.previous();
        }
        if (change.text().equals(NO_RUNS)) {
            return NO_RUNS + " in " + period.current();
        }
        return change.tendency() == Tendency.NEUTRAL ? change.text() + " from " + period.previous()
                : change.text() + " vs " + period.previous();
    }

    /**
     * The three questions the first page answers: is it growing, who uses it, what is it worth. Hours
     * are formatted by the caller's output.
     */
    public static List<Answer> story(RoiResult result, DoubleFunction<String> hours) {
        return List.of(growing(result.periods(), hours), whoUsesIt(result.periods().month().current(), result.adoption()),
                worth(result.value()));
    }

    private static Answer growing(Periods periods, DoubleFunction<String> hours) {
        PeriodComparison month = periods.month();
        PeriodComparison quarter = periods.quarter();
        ChangeWords monthChange = change(month.change().leadTimeSavingsH(), Better.UP, false);
        ChangeWords quarterChange = change(quarter.change().leadTimeSavingsH(), Better.UP, false);
        String verdict = monthChange.tendency() == Tendency.GOOD ? "Yes" : monthChange.tendency() == Tendency.BAD
                ? "Not this month" : "Steady";
        return new Answer("Is it growing?", verdict + ": " + hours.apply(month.current().leadTimeSavingsH())
                + " h saved in " + month().current() + ", " + versus(monthChange, month()) + " ("
                + Numbers.counted(month.current().totalRuns(), "run", "runs") + ", "
                + versus(change(month.change().totalRuns(), Better.UP, false), month()) + "); "
                + hours.apply(quarter.current().leadTimeSavingsH()) + " h in " + quarter().current() + ", "
                + versus(quarterChange, quarter()) + ".");
    }

    private static Answer whoUsesIt(PeriodFigures month, Adoption adoption) {
        StringBuilder text = new StringBuilder()
                .append(Numbers.counted(month.activeUsers(), "person", "people")).append(" in ")
                .append(Numbers.counted(month.activeTeams(), "team", "teams")).append(" ran actions in ")
                .append(month().current());
        List<String> rates = new ArrayList<>(2);
        if (adoption.userRate30d() != null) {
            rates.add(Numbers.percent(adoption.userRate30d()) + " of " + Numbers.counted(adoption.users(), "user", "users"));
        }
        if (adoption.teamRate30d() != null) {
            rates.add(Numbers.percent(adoption.teamRate30d()) + " of " + Numbers.counted(adoption.teams(), "team", "teams"));
        }
        if (!rates.isEmpty()) {
            text.append(": ").append(String.join(" and ", rates));
        }
        text.append("; ").append(Numbers.counted(month.newUsers(), "new user", "new users")).append('.');
        List<String> lagging = adoption.teamsDetail().stream()
                .filter(TeamAdoption::lagging)
                .map(TeamAdoption::title).toList();
        if (!lagging.isEmpty()) {
            text.append(' ').append(Numbers.counted(lagging.size(), "team", "teams")).append(" ran none in ")
                    .append(month().current()).append(": ")
                    .append(String.join(", ", lagging.subList(0, Math.min(LAGGING_NAMED, lagging.size()))));
            if (lagging.size() > LAGGING_NAMED) {
                text.append(" and ").append(Numbers.count(lagging.size() - LAGGING_NAMED)).append(" more");
            }
            text.append('.');
        }
        return new Answer("Who uses it?", text.toString());
    }

    private static Answer worth(BusinessValue value) {
        if (value == null) {
            return new Answer("What is it worth?", "Set report.hourly-cost (and report.currency) to see what the"
                    + " hours saved are worth a year.");
        }
        String text = String.format(Locale.ENGLISH, "%s %,.0f a year at the pace of %s (%,.0f h, %,.1f full-time people",
                value.currency(), value.annualisedValue(), quarter().current(), value.annualisedLeadTimeSavingsH(),
                value.fteEquivalent());
        if (value.attribution() < 1) {
            text += String.format(Locale.ENGLISH, ", %.0f%% of the time saved credited to self-service",
                    value.attribution() * 100);
        }
        text += ")";
        if (value.platformCostPerYear() != null) {
            text += String.format(Locale.ENGLISH, "; %s %,.0f net of the platform's %s %,.0f a year", value.currency(),
                    value.netAnnualValue(), value.currency(), value.platformCostPerYear());
            if (value.roiPercent() != null) {
                text += ", a return of " + Numbers.percent(value.roiPercent());
            }
        }
        return new Answer("What is it worth?", text + ".");
    }

    /**
     * "Partial report: the day had not ended when it was made; it counts the runs created until 2026-12-01
     * 14:32 UTC." Null for a report of a day that had ended.
     */
    public static String partial(RoiResult result) {
        return result.partial() ? "Partial report: the day had not ended when it was made; it counts the runs"
                + " created until " + Numbers.time(result.generatedAt(), result.zone()) + "." : null;
    }

    /** "Team report: Payments". Null for the organisation's report. */
    public static String teamReport(RoiResult result) {
        return result.scope() == null ? null : "Team report: " + result.scope().title();
    }

    /**
     * A team report's part of the organisation's figures: "Share of the hours saved: Payments saved 1,204.500 h
     * of the organisation's 9,876.250 h (12.2%); in the last 30 days, 310.000 h of the organisation's 2,001.000 h
     * (15.5%)." A percentage is left out when the organisation saved no time in that span (savings can be
     * negative), the hours stay. Null for the organisation's report.
     */
    public static Answer teamShare(RoiResult result, DoubleFunction<String> hours) {
        if (result.scope() == null) {
            return null;
        }
        OrganisationShare organisation = result.organisation();
        return new Answer("Share of the hours saved", result.scope().title() + " saved "
                + hoursOf(result.totals().figures().totalLeadTimeSavingsH(), organisation.totalLeadTimeSavingsH(), hours)
                + "; in " + month().current() + ", "
                + hoursOf(result.periods().month().current().leadTimeSavingsH(), organisation.monthLeadTimeSavingsH(),
                        hours) + ".");
    }

    /**
     * A team report's success rate against the organisation's: "Success rate: 91.2% of the team's runs,
     * against 88.0% of the organisation's (▲ 3.2 pts)." Null for the organisation's report.
     */
    public static Answer teamSuccessRate(RoiResult result) {
        if (result.scope() == null) {
            return null;
        }
        Figures team = result.totals().figures();
        double organisation = result.organisation().successRate();
        String text = team.totalRuns() == 0 ? "no runs of the team to rate, against "
                        + Numbers.percent(organisation) + " of the organisation's."
                : Numbers.percent(team.successRate()) + " of the team's runs, against " + Numbers.percent(organisation)
                        + " of the organisation's (" + change(new Change(team.successRate() - organisation, null),
                                Better.UP, true).text().replace("no change", "the same") + ").";
        return new Answer("Success rate", text);
    }

    private static String hoursOf(double team, double organisation, DoubleFunction<String> hours) {
        String of = hours.apply(team) + " h of the organisation's " + hours.apply(organisation) + " h";
        return organisation > 0 ? of + " (" + Numbers.percent(team / organisation * 100) + ")" : of;
    }

    /** What a data-quality case is and what the figures do about it, as the PDF's method page and the email say. */
    public static DataQualityCase dataQualityCase(IssueKind kind) {
        return switch (kind) {
            case ORPHAN_RUN -> new DataQualityCase("Runs of no known action",
                    "Left out of every figure, as in Port, where they relate to no action.");
            case DUPLICATE_RUN -> new DataQualityCase("Runs served twice while reading", "Counted once.");
            case UNKNOWN_STATUS -> new DataQualityCase("Runs with an unknown status",
                    "Counted in the runs only: neither successful nor failed.");
            case UNREADABLE_CREATED_AT -> new DataQualityCase("Runs with an unreadable creation time",
                    "Left out: they cannot be placed in time.");
            case CREATED_AT_FALLBACK -> new DataQualityCase("Runs without a created_at",
                    "Counted, dated by the time Port recorded the run.");
            case RUN_AFTER_AS_OF -> new DataQualityCase("Runs created after the as-of time",
                    "Left out: they belong to a later report.");
            case MISSING_BASELINE -> new DataQualityCase("Actions without a baseline",
                    "Their runs claim no saving of the missing kind.");
            case ZERO_BASELINE -> new DataQualityCase("Actions with a baseline of 0",
                    "Their runs' savings are negative, as in Port.");
            case MALFORMED_ENTITY -> new DataQualityCase("Entities with a field of the wrong type", "The field is ignored.");
            case USER_DIRECTORY_UNAVAILABLE -> new DataQualityCase("Users that could not be read",
                    "The adoption shows no user totals and no team members.");
        };
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
