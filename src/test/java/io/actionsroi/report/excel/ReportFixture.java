package io.actionsroi.report.excel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.Adoption;
import io.actionsroi.roi.BusinessValue;
import io.actionsroi.roi.DataQuality;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.Highlight;
import io.actionsroi.roi.Highlights;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.Periods;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.Rollup;
import io.actionsroi.roi.RunFacts;
import io.actionsroi.roi.SyntheticTrends;
import io.actionsroi.roi.Totals;
import io.actionsroi.roi.WeekOfRuns;

/** Small hand-made results and runs, for what the demo export does not hold. */
final class ReportFixture {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate REPORT_DATE = LocalDate.of(2026, 9, 30);
    static final Instant AS_OF = REPORT_DATE.plusDays(1).atStartOfDay(BERLIN).toInstant();

    private ReportFixture() {
    }

    /** A result with one action per title (identifiers a0, a1, ...), the first saving the most. */
    static RoiResult withActionTitles(List<String> titles) {
        return withActionTitles(titles, null);
    }

    /** The same, with the hours priced when {@code money} is set. */
    static RoiResult withActionTitles(List<String> titles, MoneyValue money) {
        List<ActionFigures> actions = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            actions.add(new ActionFigures("a" + i, titles.get(i), "c", "Infrastructure", "Tier 1", 2.0, 0.5, figures(100 - i)));
        }
        Figures total = figures(1000);
        List<WeekOfRuns> weeks = new ArrayList<>();
        for (int week = 12; week > 0; week--) {
            weeks.add(new WeekOfRuns(AS_OF.minus(Duration.ofDays(7L * week)), AS_OF.minus(Duration.ofDays(7L * (week - 1))),
                    week, 1, 0, 0, week * 2.5, week));
        }
        return new RoiResult(REPORT_DATE, AS_OF, BERLIN, AS_OF.plus(Duration.ofHours(6)), "https://api.getport.io",
                new Totals(total, actions.size(), actions.size(), money),
                actions,
                List.of(new Rollup("c", "Infrastructure", total)),
                List.of(new Rollup(RunFacts.NO_TEAM, RunFacts.NO_TEAM, total)),
                List.of(new Rollup(RunFacts.NO_GROUP, RunFacts.NO_GROUP, total)),
                new Highlights(new Highlight("a0", titles.get(0), 7), new Highlight("a0", titles.get(0), 100),
                        new Highlight("c", "Infrastructure", 1000)),
                SyntheticTrends.periods(AS_OF, 30, 1.25),
                weeks,
                SyntheticTrends.months(REPORT_DATE, BERLIN, AS_OF, 100),
                SyntheticTrends.adoption(AS_OF),
                null,
                new DataQuality(Map.of(), List.of()), null, null);
    }

    /** {@code result} with other trends, adoption and value. */
    static RoiResult withTrends(RoiResult result, Periods periods, Adoption adoption, BusinessValue value) {
        return new RoiResult(result.reportDate(), result.asOf(), result.zone(), result.generatedAt(), result.source(),
                result.totals(), result.actions(), result.categories(), result.teams(), result.userGroups(),
                result.highlights(), periods, result.runsPerWeek(), result.runsPerMonth(), adoption, value,
                result.dataQuality(), null, null);
    }

    /** {@code result} with other highlights. */
    static RoiResult withHighlights(RoiResult result, Highlights highlights) {
        return new RoiResult(result.reportDate(), result.asOf(), result.zone(), result.generatedAt(), result.source(),
                result.totals(), result.actions(), result.categories(), result.teams(), result.userGroups(),
                highlights, result.periods(), result.runsPerWeek(), result.runsPerMonth(), result.adoption(),
                result.value(), result.dataQuality(), null, null);
    }

    /** A successful run of {@code actionId}, created an hour before the as-of instant less {@code n} seconds. */
    static RunFacts run(int n, String actionId, String runUrl) {
        return new RunFacts("r" + n, actionId, "SUCCESS", AS_OF.minus(Duration.ofHours(1)).minusSeconds(n),
                120.0, null, 60.0, 1.5 + n, 0.25, "team_" + n % 3, "Engineering", "user" + n % 5, runUrl, true, true, true);
    }

    private static Figures figures(double leadTimeSavingsH) {
        return new Figures(10, 8, 1, 1, 1, 0, 3, 1, 10, 1, leadTimeSavingsH, leadTimeSavingsH / 2, 7200, 3600, 2,
                10.0, 80.0, 0, 33.333333333333336, 10.0, 9, 2.0, 1.0, 1.0);
    }
}
