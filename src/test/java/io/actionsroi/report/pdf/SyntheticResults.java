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
import io.actionsroi.roi.DataQuality;
import io.actionsroi.roi.DataQualityIssue;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.Highlight;
import io.actionsroi.roi.Highlights;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.Rollup;
import io.actionsroi.roi.SyntheticTrends;
import io.actionsroi.roi.Totals;
import io.actionsroi.roi.WeekOfRuns;

/** Results made up for a test: any number of actions, runs or none, titles of any script. */
final class SyntheticResults {

    static final Instant AS_OF = Instant.parse("2026-10-01T00:00:00Z");

    private SyntheticResults() {
    }

    /** An action of the category "infra", whose runs all succeeded, each saving one hour. */
    static ActionFigures action(String identifier, String title, long runs) {
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
    static RoiResult of(List<ActionFigures> actions) {
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
                new DataQuality(Map.of(), List.of()));
    }

    /** {@code result} with its hours priced. */
    static RoiResult priced(RoiResult result, MoneyValue money) {
        Totals totals = result.totals();
        return copy(result, new Totals(totals.figures(), totals.actions(), totals.actionsWithRuns(), money),
                result.dataQuality());
    }

    /** {@code result} with {@code count} orphan runs, each listed. */
    static RoiResult withOrphanRuns(RoiResult result, int count) {
        List<DataQualityIssue> orphans = IntStream.rangeClosed(1, count)
                .mapToObj(i -> new DataQualityIssue(IssueKind.ORPHAN_RUN, "action_run", "r_" + i,
                        "parent_action is empty: excluded"))
                .toList();
        return copy(result, result.totals(),
                new DataQuality(Map.of(IssueKind.ORPHAN_RUN.key(), (long) count), orphans));
    }

    /** {@code result} with these categories, in place of the one summed up from its actions. */
    static RoiResult withCategories(RoiResult result, List<Rollup> categories) {
        return new RoiResult(result.reportDate(), result.asOf(), result.zone(), result.generatedAt(), result.source(),
                result.totals(), result.actions(), categories, result.teams(), result.userGroups(),
                result.highlights(), result.periods(), result.runsPerWeek(), result.runsPerMonth(), result.adoption(),
                result.value(), result.dataQuality());
    }

    private static RoiResult copy(RoiResult result, Totals totals, DataQuality dataQuality) {
        return new RoiResult(result.reportDate(), result.asOf(), result.zone(), result.generatedAt(), result.source(),
                totals, result.actions(), result.categories(), result.teams(), result.userGroups(),
                result.highlights(), result.periods(), result.runsPerWeek(), result.runsPerMonth(), result.adoption(),
                result.value(), dataQuality);
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
