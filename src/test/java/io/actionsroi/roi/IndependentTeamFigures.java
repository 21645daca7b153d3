package io.actionsroi.roi;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The second, plain calculation of a team's report (issue 12), written from {@code docs/roi-model.md}: the
 * counted runs whose primary team is the team, each action's figures over them by the model's per-action
 * table (one loop per action, every action of the export, zeros where the team ran none), and the
 * organisation's schema of {@link IndependentTrends} over them, whose adoption is the team's members'. It
 * calls no production code.
 */
public final class IndependentTeamFigures {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Duration DAY = Duration.ofDays(1);

    private IndependentTeamFigures() {
    }

    /**
     * The team report's figures: {@code actions} (by identifier), {@code totals}, {@code periods},
     * {@code runsPerWeek}, {@code runsPerMonth}, {@code adoption}, {@code value} (with an hourly cost),
     * {@code scope} and {@code organisation}.
     */
    public static ObjectNode compute(Path folder, IndependentTrends.Settings settings, String team) {
        IndependentTrends.Export all = IndependentTrends.read(folder, settings.asOf());
        List<IndependentTrends.Run> runs = all.runs().stream().filter(run -> run.team().equals(team)).toList();
        String title = all.teamTitles().getOrDefault(team, team);
        Map<String, List<String>> members = null;
        if (all.userTeams() != null) {
            members = new HashMap<>();
            for (Map.Entry<String, List<String>> user : all.userTeams().entrySet()) {
                if (user.getValue().contains(team)) {
                    members.put(user.getKey(), List.of(team));
                }
            }
        }
        ObjectNode result = IndependentTrends.figures(
                new IndependentTrends.Export(runs, Map.of(team, title), members, all.exclusions()), settings);
        result.remove("dataQuality");
        ArrayNode rows = (ArrayNode) result.get("adoption").get("teams_detail");
        rows.remove(rows.size() - 1); // "No Team": a team's report has its own row only

        ObjectNode actions = result.putObject("actions");
        for (JsonNode action : IndependentTrends.entities(folder, "action")) {
            String identifier = action.path("identifier").asString(null);
            if (identifier != null && !identifier.isBlank() && !actions.has(identifier)) {
                actions.set(identifier, action(runs, identifier, settings.asOf()));
            }
        }
        ObjectNode scope = result.putObject("scope");
        scope.put("team", team);
        scope.put("title", title);

        ObjectNode organisation = result.putObject("organisation");
        JsonNode everyone = IndependentTrends.figures(all, settings);
        JsonNode totals = everyone.get("totals");
        organisation.put("total_runs", totals.get("total_runs").longValue());
        organisation.put("success_rate", totals.get("total_runs").longValue() == 0 ? 0
                : (double) totals.get("successful_runs").longValue() / totals.get("total_runs").longValue() * 100);
        organisation.put("total_lead_time_savings_h", totals.get("total_lead_time_savings_h").doubleValue());
        organisation.put("month_lead_time_savings_h",
                everyone.get("periods").get("month").get("current").get("lead_time_savings_h").doubleValue());
        return result;
    }

    /** The teams a report of every team covers: the {@code _team} entities that are the primary team of a counted run. */
    public static SortedSet<String> teamsWithRuns(Path folder, IndependentTrends.Settings settings) {
        IndependentTrends.Export all = IndependentTrends.read(folder, settings.asOf());
        SortedSet<String> teams = new TreeSet<>();
        all.runs().stream().map(IndependentTrends.Run::team).filter(all.teamTitles()::containsKey).forEach(teams::add);
        return teams;
    }

    /** How many counted runs of the team were created in the last {@code days} days before the as-of instant. */
    public static long runsInLastDays(Path folder, IndependentTrends.Settings settings, String team, int days) {
        Instant from = settings.asOf().minus(DAY.multipliedBy(days));
        return IndependentTrends.read(folder, settings.asOf()).runs().stream()
                .filter(run -> run.team().equals(team) && !run.createdAt().isBefore(from))
                .count();
    }

    /** One action's row of the model's per-action table, over the given runs. */
    private static ObjectNode action(List<IndependentTrends.Run> runs, String action, Instant asOf) {
        long total = 0;
        long successful = 0;
        long failed = 0;
        long inProgress = 0;
        long[] windowTotal = new long[3];
        long[] windowFailed = new long[3];
        Duration[] windows = { DAY, DAY.multipliedBy(7), DAY.multipliedBy(30) };
        double lead = 0;
        double cycle = 0;
        double waiting = 0;
        Double maxWaiting = null;
        long withWaiting = 0;
        for (IndependentTrends.Run run : runs) {
            if (!run.action().equals(action)) {
                continue;
            }
            total++;
            boolean isFailure = "FAILURE".equals(run.status());
            successful += "SUCCESS".equals(run.status()) ? 1 : 0;
            failed += isFailure ? 1 : 0;
            inProgress += "IN_PROGRESS".equals(run.status()) ? 1 : 0;
            for (int window = 0; window < windows.length; window++) {
                if (!run.createdAt().isBefore(asOf.minus(windows[window]))) {
                    windowTotal[window]++;
                    windowFailed[window] += isFailure ? 1 : 0;
                }
            }
            lead += run.leadTimeSavingH() == null ? 0 : run.leadTimeSavingH();
            cycle += run.cycleTimeSavingH() == null ? 0 : run.cycleTimeSavingH();
            if (run.waitingSeconds() != null) {
                waiting += run.waitingSeconds();
                maxWaiting = maxWaiting == null ? run.waitingSeconds() : Math.max(maxWaiting, run.waitingSeconds());
                withWaiting += run.waitingSeconds() > 0 ? 1 : 0;
            }
        }
        ObjectNode figures = NODES.objectNode();
        figures.put("identifier", action);
        figures.put("total_runs", total);
        figures.put("successful_runs", successful);
        figures.put("failed_runs", failed);
        figures.put("in_progress_runs", inProgress);
        String[] names = { "daily", "weekly", "monthly" };
        for (int window = 0; window < names.length; window++) {
            figures.put(names[window] + "_total_runs", windowTotal[window]);
            figures.put(names[window] + "_failed_runs", windowFailed[window]);
            figures.put(names[window] + "_failure_rate", rate(windowFailed[window], windowTotal[window]));
        }
        figures.put("total_lead_time_savings_h", lead);
        figures.put("total_cycle_time_savings_h", cycle);
        figures.put("total_waiting_time_seconds", waiting);
        figures.put("max_waiting_time_seconds", maxWaiting == null ? 0 : maxWaiting);
        figures.put("runs_with_waiting_time", withWaiting);
        figures.put("overall_failure_rate", rate(failed, total));
        figures.put("success_rate", rate(successful, total));
        figures.put("total_runs_with_status", successful + failed);
        figures.put("total_waiting_time_h", waiting / 3600);
        figures.put("average_waiting_time_h", withWaiting == 0 ? 0 : waiting / withWaiting / 3600);
        figures.put("max_waiting_time_h", maxWaiting == null ? 0 : maxWaiting / 3600);
        return figures;
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole * 100;
    }
}
