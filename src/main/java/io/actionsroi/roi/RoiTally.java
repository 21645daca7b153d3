package io.actionsroi.roi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Folds classified runs, one at a time and in any number, into the figures of every action, category,
 * team, user group and the organisation, and over time ({@link Trends}), then finishes them into one
 * {@link RoiResult}; and, for each team of its {@link TeamSelection}, into a tally of the same kind over the
 * runs whose primary team is that team, finished into that team's report. Its memory
 * is the accumulators (one set per team reported: teams times actions, whatever the number of runs), the
 * data-quality list and 64-bit hashes of the run identifiers seen.
 * Not thread-safe; {@link #finish} or {@link #finishReports} ends it.
 */
public final class RoiTally {

    private final ReferenceData reference;
    private final ReportPeriod period;
    private final Map<String, ActionTally> actions = new TreeMap<>();
    private final Map<String, FiguresAccumulator> categories = new TreeMap<>();
    private final Map<String, FiguresAccumulator> teams = new HashMap<>();
    private final Map<String, FiguresAccumulator> userGroups = new HashMap<>();
    /** Every run of the tally's scope: the organisation's, or one team's. */
    private final FiguresAccumulator allRuns = new FiguresAccumulator();
    private final Trends trends;
    private final List<DataQualityIssue> runIssues = new ArrayList<>();
    /** Null for a team's tally: the organisation's tally finds the duplicates before a run reaches it. */
    private final RunIdSet seenRuns;
    /** Null for the organisation's. */
    private final ReportScope scope;
    private final TeamSelection selection;
    private final Map<String, RoiTally> teamTallies = new HashMap<>();
    private boolean finished;

    /** The organisation's tally, without team reports. */
    public RoiTally(ReferenceData reference, ReportPeriod period) {
        this(reference, period, TeamSelection.NONE);
    }

    /** The organisation's tally, with a report for each team of {@code selection}. */
    public RoiTally(ReferenceData reference, ReportPeriod period, TeamSelection selection) {
        this(reference, period, null, selection);
        selection.listed().forEach(this::addTeam);
    }

    private RoiTally(ReferenceData reference, ReportPeriod period, ReportScope scope, TeamSelection selection) {
        this.reference = reference;
        this.period = period;
        this.scope = scope;
        this.selection = selection;
        this.seenRuns = scope == null ? new RunIdSet() : null;
        this.trends = new Trends(period);
        reference.categories().keySet().forEach(id -> categories.put(id, new FiguresAccumulator()));
        for (ActionReference action : reference.actions()) {
            FiguresAccumulator category = action.categoryId() == null ? null : categories.get(action.categoryId());
            actions.put(action.identifier(), new ActionTally(action, new FiguresAccumulator(), category));
        }
    }

    /**
     * Folds one run in: its issues into the data quality, its facts (when it counts) into the figures.
     * A run whose identifier was seen before is listed as a duplicate and otherwise ignored; runs
     * without identifier (excluded as malformed) are each listed, never as duplicates of one another.
     *
     * @return whether the run went into the figures: false for a duplicate or a run that does not count
     *
     * @throws IllegalArgumentException when the run's action is not in the reference data (the run
     *     was classified against other reference data)
     */
    public boolean add(ClassifiedRun run) {
        requireNotFinished();
        boolean identified = run.runId() != null && !run.runId().isBlank();
        if (identified && !seenRuns.add(run.runId())) {
            runIssues.add(new DataQualityIssue(IssueKind.DUPLICATE_RUN, reference.schema().blueprints().run(),
                    run.runId(), "served more than once: counted once"));
            return false;
        }
        runIssues.addAll(run.issues());
        if (run.counted()) {
            fold(run.facts());
            RoiTally team = teamTally(run.facts().primaryTeam());
            if (team != null) {
                team.runIssues.addAll(run.issues());
                team.fold(run.facts());
            }
        }
        return run.counted();
    }

    /** The tally of this primary team's report; null when the team gets none. */
    private RoiTally teamTally(String team) {
        RoiTally tally = teamTallies.get(team);
        if (tally == null && selection.everyTeamWithRuns() && reference.teams().containsKey(team)) {
            tally = addTeam(team);
        }
        return tally;
    }

    private RoiTally addTeam(String team) {
        RoiTally tally = new RoiTally(reference, period, new ReportScope(team, reference.teamTitle(team).orElse(team)),
                TeamSelection.NONE);
        teamTallies.put(team, tally);
        return tally;
    }

    /**
     * The organisation's finished figures, for a tally without team reports. Callable once.
     *
     * @param source the Port base URL or the export folder the entities came from
     * @param pricing what an hour saved is worth, for the money figures
     */
    public RoiResult finish(Instant generatedAt, String source, Pricing pricing) {
        return finishReports(generatedAt, source, pricing).organisation();
    }

    /**
     * The organisation's finished figures and each team's, by team identifier. Callable once. A team's report
     * has the organisation's schema over the team's runs: every action and category (zeros where the team
     * ran none), its rollups, trends and value; its adoption counts the team's members (the users whose
     * teams hold it); its data quality lists the reference data's issues and those of its own runs. Its
     * {@code scope} says whose it is, its {@code organisation} holds the organisation's figures it is set
     * against.
     */
    public RoiReports finishReports(Instant generatedAt, String source, Pricing pricing) {
        requireNotFinished();
        finished = true;
        RoiResult organisation = result(generatedAt, source, pricing, reference.teams(), reference.userTeams(), null);
        Figures total = organisation.totals().figures();
        OrganisationShare share = new OrganisationShare(total.totalRuns(), total.successRate(),
                total.totalLeadTimeSavingsH(), organisation.periods().month().current().leadTimeSavingsH());
        List<RoiResult> teams = new ArrayList<>(teamTallies.size());
        new TreeMap<>(teamTallies).forEach((team, tally) -> {
            tally.finished = true;
            teams.add(tally.result(generatedAt, source, pricing, Map.of(team, tally.scope.title()), members(team),
                    share));
        });
        return new RoiReports(organisation, teams);
    }

    /** The team's members, each with this team only; null when the users could not be read. */
    private Map<String, List<String>> members(String team) {
        if (reference.userTeams() == null) {
            return null;
        }
        Map<String, List<String>> members = new HashMap<>();
        reference.userTeams().forEach((user, teams) -> {
            if (teams.contains(team)) {
                members.put(user, List.of(team));
            }
        });
        return members;
    }

    private RoiResult result(Instant generatedAt, String source, Pricing pricing, Map<String, String> teamTitles,
            Map<String, List<String>> userTeams, OrganisationShare share) {
        List<ActionFigures> actionFigures = new ArrayList<>(actions.size());
        for (ActionTally tally : actions.values()) {
            ActionReference action = tally.action();
            actionFigures.add(new ActionFigures(action.identifier(), action.title(), action.categoryId(),
                    action.categoryTitle(), action.criticality(), action.leadTimeBeforeH(), action.cycleTimeBeforeH(),
                    tally.figures().figures()));
        }
        Figures total = allRuns.figures();
        long actionsWithRuns = actionFigures.stream().filter(action -> action.figures().totalRuns() > 0).count();
        Trends.Finished overTime = trends.finish(teamTitles, userTeams);

        return new RoiResult(
                period.reportDate(),
                period.asOf(),
                period.zone(),
                generatedAt,
                source,
                new Totals(total, actionFigures.size(), actionsWithRuns, pricing.money(total)),
                actionFigures,
                rollups(categories, id -> reference.categoryTitle(id).orElse(id)),
                rollups(teams, id -> reference.teamTitle(id).orElse(id)),
                rollups(userGroups, Function.identity()),
                highlights(),
                overTime.periods(),
                overTime.weeks(),
                overTime.months(),
                scope == null ? overTime.adoption() : withoutNoTeam(overTime.adoption()),
                pricing.value(overTime.periods().quarter().current()),
                dataQuality(), scope, share);
    }

    /** A team's adoption has its own row only, without the "No Team" row that {@link Trends} adds last. */
    private static Adoption withoutNoTeam(Adoption adoption) {
        List<TeamAdoption> rows = adoption.teamsDetail();
        return new Adoption(adoption.users(), adoption.teams(), adoption.userRate30d(), adoption.teamRate30d(),
                rows.subList(0, rows.size() - 1));
    }

    private void fold(RunFacts run) {
        ActionTally tally = actions.get(run.actionId());
        if (tally == null) {
            throw new IllegalArgumentException("Run " + run.runId() + " names action " + run.actionId()
                    + ", which the reference data does not hold: classify runs against the same reference data.");
        }
        tally.figures().add(run);
        if (tally.category() != null) {
            tally.category().add(run);
        }
        teams.computeIfAbsent(run.primaryTeam(), key -> new FiguresAccumulator()).add(run);
        userGroups.computeIfAbsent(run.primaryUserGroup(), key -> new FiguresAccumulator()).add(run);
        allRuns.add(run);
        trends.add(run);
    }

    private static List<Rollup> rollups(Map<String, FiguresAccumulator> groups, Function<String, String> title) {
        List<Rollup> rollups = new ArrayList<>(groups.size());
        new TreeMap<>(groups).forEach((key, group) -> rollups.add(new Rollup(key, title.apply(key), group.figures())));
        return rollups;
    }

    private Highlights highlights() {
        List<ActionTally> byIdentifier = List.copyOf(actions.values());
        return new Highlights(
                largest(byIdentifier, tally -> tally.figures().figures().weeklyTotalRuns() > 0,
                        tally -> tally.action().identifier(), tally -> tally.action().title(),
                        tally -> tally.figures().figures().weeklyTotalRuns()),
                largest(byIdentifier, tally -> tally.figures().hasLeadTimeSavings(),
                        tally -> tally.action().identifier(), tally -> tally.action().title(),
                        tally -> tally.figures().figures().totalLeadTimeSavingsH()),
                largest(List.copyOf(categories.entrySet()), category -> category.getValue().hasLeadTimeSavings(),
                        Map.Entry::getKey, category -> reference.categoryTitle(category.getKey()).orElse(category.getKey()),
                        category -> category.getValue().figures().totalLeadTimeSavingsH()));
    }

    /**
     * The eligible candidate with the largest value, null when none is eligible. The candidates come
     * sorted by identifier and only a strictly larger value displaces the best so far, so a tie goes
     * to the identifier that sorts first.
     */
    private static <T> Highlight largest(List<T> candidates, Predicate<T> eligible, Function<T, String> identifier,
            Function<T, String> title, ToDoubleFunction<T> value) {
        T best = null;
        for (T candidate : candidates) {
            if (eligible.test(candidate) && (best == null || value.applyAsDouble(candidate) > value.applyAsDouble(best))) {
                best = candidate;
            }
        }
        return best == null ? null : new Highlight(identifier.apply(best), title.apply(best), value.applyAsDouble(best));
    }

    private DataQuality dataQuality() {
        List<DataQualityIssue> items = new ArrayList<>(reference.issues().size() + runIssues.size());
        items.addAll(reference.issues());
        items.addAll(runIssues);
        Map<IssueKind, Long> byKind = new EnumMap<>(IssueKind.class);
        for (IssueKind kind : IssueKind.values()) {
            byKind.put(kind, 0L);
        }
        items.forEach(issue -> byKind.merge(issue.kind(), 1L, Long::sum));
        Map<String, Long> counts = new LinkedHashMap<>();
        byKind.forEach((kind, count) -> counts.put(kind.key(), count));
        return new DataQuality(counts, items);
    }

    private void requireNotFinished() {
        if (finished) {
            throw new IllegalStateException("This tally is finished; start a new one for another report.");
        }
    }

    /** An action's reference, its accumulator and its category's (null when it has no category). */
    private record ActionTally(ActionReference action, FiguresAccumulator figures, FiguresAccumulator category) {
    }
}
