package io.actionsroi.report.pdf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.Adoption;
import io.actionsroi.roi.BusinessValue;
import io.actionsroi.roi.DataQuality;
import io.actionsroi.roi.DataQualityIssue;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.Highlight;
import io.actionsroi.roi.Highlights;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.OrganisationShare;
import io.actionsroi.roi.PeriodComparison;
import io.actionsroi.roi.PeriodFigures;
import io.actionsroi.roi.Periods;
import io.actionsroi.roi.ReportScope;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.Rollup;
import io.actionsroi.roi.RunFacts;
import io.actionsroi.roi.SyntheticTrends;
import io.actionsroi.roi.TeamAdoption;
import io.actionsroi.roi.Totals;
import io.actionsroi.roi.WeekOfRuns;

/** Results made up for a test: any number of actions, runs or none, titles of any script. */
public final class SyntheticResults {

    static final Instant AS_OF = Instant.parse("2026-10-01T00:00:00Z");

    private SyntheticResults() {
    }

    /** An action of the category "infra", whose runs all succeeded, each saving one hour. */
    public static ActionFigures action(String identifier, String title, long runs) {
        return new ActionFigures(identifier, title, "infra", "Infrastructure", "Tier 1", 2.0, 0.5, figures(runs, runs));
    }

    /** {@code count} actions titled "Synthetic action 0001" and on, with 1 to 50 runs each. */
    static List<ActionFigures> manyActions(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> action(String.format("synthetic_%04d", i), String.format("Synthetic action %04d", i),
                        1 + i % 50))
                .toList();
    }

    /** The result of these actions: totals, the category, one team and the highlights summed up from them. */
    public static RoiResult of(List<ActionFigures> actions) {
        long runs = actions.stream().mapToLong(action -> action.figures().totalRuns()).sum();
        double saved = actions.stream().mapToDouble(action -> action.figures().totalLeadTimeSavingsH()).sum();
        Figures totals = figures(runs, saved);
        ActionFigures top = actions.stream()
                .filter(action -> action.figures().totalRuns() > 0)
                .max(Comparator.comparingDouble(action -> action.figures().totalLeadTimeSavingsH()))
                .orElse(null);
        Highlight topAction = top == null ? null : new Highlight(top.identifier(), top.title(),
                top.figures().totalLeadTimeSavingsH());
        List<Rollup> categories = actions.isEmpty() ? List.of() : List.of(new Rollup("infra", "Infrastructure", totals));
        List<Rollup> groups = runs == 0 ? List.of() : List.of(new Rollup("No Team", "No Team", totals));
        return new RoiResult(LocalDate.parse("2026-09-30"), AS_OF, ZoneId.of("UTC"), AS_OF.plusSeconds(6 * 3600),
                "https://api.getport.io", new Totals(totals, actions.size(), actions.stream()
                        .filter(action -> action.figures().totalRuns() > 0).count(), null),
                actions, categories, groups, groups,
                new Highlights(topAction, topAction, runs == 0 ? null : new Highlight("infra", "Infrastructure", saved)),
                SyntheticTrends.periods(AS_OF, runs / 30, 1.1), weeks(runs),
                SyntheticTrends.months(LocalDate.parse("2026-09-30"), ZoneId.of("UTC"), AS_OF, runs / 12),
                runs == 0 ? SyntheticTrends.noAdoption() : SyntheticTrends.adoption(AS_OF), null,
                new DataQuality(Map.of(), List.of()), null, null);
    }

    /** {@code result} with its hours priced. */
    static RoiResult priced(RoiResult result, MoneyValue money) {
        Totals totals = result.totals();
        return copy(result, new Totals(totals.figures(), totals.actions(), totals.actionsWithRuns(), money),
                result.categories(), result.periods(), result.adoption(), result.value(), result.dataQuality());
    }

    /** {@code result} with the value of a year of self-service. */
    static RoiResult valued(RoiResult result, BusinessValue value) {
        return copy(result, result.totals(), result.categories(), result.periods(), result.adoption(), value,
                result.dataQuality());
    }

    /** {@code result} with these periods, in place of its own. */
    static RoiResult withPeriods(RoiResult result, Periods periods) {
        return copy(result, result.totals(), result.categories(), periods, result.adoption(), result.value(),
                result.dataQuality());
    }

    /** {@code result} with this adoption and data quality, in place of its own. */
    static RoiResult withAdoption(RoiResult result, Adoption adoption, DataQuality dataQuality) {
        return copy(result, result.totals(), result.categories(), result.periods(), adoption, result.value(),
                dataQuality);
    }

    /** {@code result} with {@code count} orphan runs, each listed. */
    static RoiResult withOrphanRuns(RoiResult result, int count) {
        List<DataQualityIssue> orphans = IntStream.rangeClosed(1, count)
                .mapToObj(i -> new DataQualityIssue(IssueKind.ORPHAN_RUN, "action_run", "r_" + i,
                        "parent_action is empty: excluded"))
                .toList();
        return withAdoption(result, result.adoption(),
                new DataQuality(Map.of(IssueKind.ORPHAN_RUN.key(), (long) count), orphans));
    }

    /** {@code result} with these categories, in place of the one summed up from its actions. */
    static RoiResult withCategories(RoiResult result, List<Rollup> categories) {
        return copy(result, result.totals(), categories, result.periods(), result.adoption(), result.value(),
                result.dataQuality());
    }

    /**
     * The adoption of a big organisation: {@code count} teams of long titles, every third without a run in
     * 30 days, each of 25 members, and "No Team".
     */
    static Adoption manyTeams(int count) {
        List<TeamAdoption> teams = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            boolean lagging = i % 3 == 0;
            teams.add(new TeamAdoption(String.format("team_%04d", i),
                    String.format("Platform engineering and developer experience %04d", i), 25L, lagging ? 0L : 20L,
                    lagging ? 0 : 1_000 + i, lagging ? 0 : 12_345.678 + i,
                    AS_OF.minus(Duration.ofDays(lagging ? 45 : 1))));
        }
        teams.add(new TeamAdoption(RunFacts.NO_TEAM, RunFacts.NO_TEAM, null, null, 5_000, 60_000, AS_OF.minusSeconds(60)));
        return new Adoption(25L * count, count, 79.9, 66.7, teams);
    }

    /**
     * The periods of an organisation whose first runs are in the last 30 days: {@code runs} runs in the last
     * 30 days, a third of them in the last 7, none before.
     */
    static Periods firstMonth(long runs) {
        PeriodFigures none = new PeriodFigures(AS_OF.minus(Duration.ofDays(60)), AS_OF.minus(Duration.ofDays(30)), 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0);
        PeriodComparison month = PeriodComparison.of(new PeriodFigures(AS_OF.minus(Duration.ofDays(30)), AS_OF, runs,
                runs - 1, 1, (runs - 1) * 100.0 / runs, runs * 1.5, runs * 0.5, runs * 0.1, 3, 1, 3), none);
        PeriodComparison week = PeriodComparison.of(new PeriodFigures(AS_OF.minus(Duration.ofDays(7)), AS_OF, runs / 3,
                runs / 3, 0, 100, runs / 2.0, runs / 6.0, 0, 2, 1, 0), none);
        return new Periods(week, week, month, month);
    }

    /** {@code result} as the report of a team, set against these figures of the organisation. */
    static RoiResult forTeam(RoiResult result, ReportScope scope, OrganisationShare organisation) {
        return new RoiResult(result.reportDate(), result.asOf(), result.zone(), result.generatedAt(), result.source(),
                result.totals(), result.actions(), result.categories(), result.teams(), result.userGroups(),
                result.highlights(), result.periods(), result.runsPerWeek(), result.runsPerMonth(), result.adoption(),
                result.value(), result.dataQuality(), scope, organisation);
    }

    private static RoiResult copy(RoiResult result, Totals totals, List<Rollup> categories, Periods periods,
            Adoption adoption, BusinessValue value, DataQuality dataQuality) {
        return new RoiResult(result.reportDate(), result.asOf(), result.zone(), result.generatedAt(), result.source(),
                totals, result.actions(), categories, result.teams(), result.userGroups(), result.highlights(),
                periods, result.runsPerWeek(), result.runsPerMonth(), adoption, value, dataQuality, null, null);
    }

    /** Runs that all succeeded, each saving one hour of lead time and a quarter of cycle time. */
    private static Figures figures(long runs, double hoursSaved) {
        double waitingSeconds = runs * 600.0;
        return new Figures(runs, runs, 0, 0, 0, 0, runs, 0, runs, 0, hoursSaved, hoursSaved / 4, waitingSeconds,
                runs == 0 ? 0 : 1200, runs, 0, runs == 0 ? 0 : 100, 0, 0, 0, runs, waitingSeconds / 3600,
                runs == 0 ? 0 : 1.0 / 6, runs == 0 ? 0 : 1.0 / 3);
    }

    /** Twelve weeks, every run in the last one. */
    private static List<WeekOfRuns> weeks(long runs) {
        List<WeekOfRuns> weeks = new ArrayList<>();
        for (int week = 12; week >= 1; week--) {
            Instant start = AS_OF.minus(Duration.ofDays(7L * week));
            weeks.add(new WeekOfRuns(start, start.plus(Duration.ofDays(7)), week == 1 ? runs : 0, 0, 0, 0,
                    week == 1 ? runs : 0, week == 1 ? Math.min(runs, 5) : 0));
        }
        return weeks;
    }
}
