package io.actionsroi.roi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The second, plain calculation of issue 11's figures (trends, adoption, value), written from the
 * contract (TRENDS-SPEC) and {@code docs/roi-model.md} alone: it reads an export folder with Jackson's
 * tree model, keeps the counted runs by the model's rules, and computes every figure with one
 * straightforward loop per window. It calls no production code, so that the tests can hold the
 * production JSON to it.
 *
 * <p>It uses the default identifiers of blueprints and fields. Besides the new keys it computes a few
 * figures the job already writes ({@code totals}, the status counts of {@code runsPerWeek}, some
 * data-quality counts), so that its counted-run rules can be checked against the existing job.
 */
public final class IndependentTrends {

    public static final String NO_TEAM = "No Team";
    private static final List<String> KNOWN_STATUSES =
            List.of("SUCCESS", "FAILURE", "IN_PROGRESS", "WAITING_FOR_APPROVAL", "DECLINED");
    private static final Duration DAY = Duration.ofDays(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private IndependentTrends() {
    }

    /**
     * What the job is told.
     *
     * @param hourlyCost {@code report.hourly-cost}, null when not set (then no {@code value})
     * @param attribution {@code report.value.attribution}, null for the default 1
     * @param fteHoursPerYear {@code report.value.fte-hours-per-year}, null for the default 1760
     * @param platformCostPerYear {@code report.value.platform-cost-per-year}, null when not set
     */
    public record Settings(LocalDate reportDate, ZoneId zone, Double hourlyCost, String currency, Double attribution,
            Double fteHoursPerYear, Double platformCostPerYear) {

        public static Settings of(LocalDate reportDate, ZoneId zone) {
            return new Settings(reportDate, zone, null, "USD", null, null, null);
        }

        public Settings withValue(double cost, String currencyCode, Double attributionShare, Double fteHours,
                Double platformCost) {
            return new Settings(reportDate, zone, cost, currencyCode, attributionShare, fteHours, platformCost);
        }

        public Instant asOf() {
            return reportDate.plusDays(1).atStartOfDay(zone).toInstant();
        }

        /** The job's command-line settings for these (the export folder and the date, zone and value settings). */
        public List<String> arguments(Path exportFolder) {
            List<String> arguments = new ArrayList<>(List.of("--port.export-dir=" + exportFolder,
                    "--report.date=" + reportDate, "--report.zone=" + zone.getId()));
            if (hourlyCost != null) {
                arguments.add("--report.hourly-cost=" + hourlyCost);
                arguments.add("--report.currency=" + currency);
            }
            if (attribution != null) {
                arguments.add("--report.value.attribution=" + attribution);
            }
            if (fteHoursPerYear != null) {
                arguments.add("--report.value.fte-hours-per-year=" + fteHoursPerYear);
            }
            if (platformCostPerYear != null) {
                arguments.add("--report.value.platform-cost-per-year=" + platformCostPerYear);
            }
            return arguments;
        }
    }

    /** One counted run, reduced to what the figures need. {@code user} is null when the run names none. */
    record Run(String identifier, String action, Instant createdAt, String status, Double leadTimeSavingH,
            Double cycleTimeSavingH, Double waitingSeconds, String user, String team) {
    }

    /** A half-open interval [start, end). */
    record Window(Instant start, Instant end) {
        boolean holds(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    /** The counts and sums of the counted runs of one window. */
    record Tally(long total, long successful, long failed, long inProgress, long other, double leadTimeSavingsH,
            double cycleTimeSavingsH, double waitingSeconds, Set<String> users, Set<String> teams, long newUsers) {

        double successRate() {
            return total == 0 ? 0 : (double) successful / total * 100;
        }
    }

    /** The export as read: the counted runs, in file order, and what else the figures need. */
    record Export(List<Run> runs, Map<String, String> teamTitles, Map<String, List<String>> userTeams,
            Map<String, Long> exclusions) {
    }

    /** Every figure of the contract for this export folder and these settings. */
    public static ObjectNode compute(Path folder, Settings settings) {
        return figures(read(folder, settings.asOf()), settings);
    }

    static Export read(Path folder, Instant asOf) {
        Map<String, JsonNode> actions = new HashMap<>();
        for (JsonNode action : entities(folder, "action")) {
            String identifier = text(action.get("identifier"));
            if (identifier != null && !identifier.isBlank()) {
                actions.putIfAbsent(identifier, action);
            }
        }
        Map<String, String> teamTitles = new TreeMap<>();
        for (JsonNode team : entities(folder, "_team")) {
            String identifier = text(team.get("identifier"));
            if (identifier != null && !identifier.isBlank()) {
                String title = text(team.get("title"));
                teamTitles.putIfAbsent(identifier, title == null || title.isBlank() ? identifier : title);
            }
        }
        Map<String, List<String>> userTeams = null;
        if (Files.exists(folder.resolve("_user.json"))) {
            userTeams = new LinkedHashMap<>();
            for (JsonNode user : entities(folder, "_user")) {
                String identifier = text(user.get("identifier"));
                if (identifier != null && !identifier.isBlank()) {
                    List<String> teams = new ArrayList<>();
                    user.path("team").valueStream().map(IndependentTrends::text).forEach(teams::add);
                    userTeams.putIfAbsent(identifier, teams);
                }
            }
        }

        Map<String, Long> exclusions = new LinkedHashMap<>();
        for (String kind : List.of("duplicate_runs", "unreadable_created_at_runs", "runs_after_as_of", "orphan_runs",
                "unknown_status_runs", "runs_with_fallback_created_at")) {
            exclusions.put(kind, 0L);
        }
        List<Run> counted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode run : entities(folder, "action_run")) {
            String identifier = text(run.get("identifier"));
            if (identifier == null || identifier.isBlank()) {
                continue;
            }
            if (!seen.add(identifier)) {
                exclusions.merge("duplicate_runs", 1L, Long::sum);
                continue;
            }
            JsonNode properties = run.path("properties");
            String createdAtProperty = text(properties.get("created_at"));
            Instant createdAt = instant(createdAtProperty != null ? createdAtProperty : text(run.get("createdAt")));
            if (createdAt == null) {
                exclusions.merge("unreadable_created_at_runs", 1L, Long::sum);
                continue;
            }
            if (!createdAt.isBefore(asOf)) {
                exclusions.merge("runs_after_as_of", 1L, Long::sum);
                continue;
            }
            String actionId = relation(run.path("relations").get("parent_action"));
            JsonNode action = actionId == null ? null : actions.get(actionId);
            if (action == null) {
                exclusions.merge("orphan_runs", 1L, Long::sum);
                continue;
            }
            if (createdAtProperty == null) {
                exclusions.merge("runs_with_fallback_created_at", 1L, Long::sum);
            }
            String status = text(properties.get("status"));
            if (status == null || !KNOWN_STATUSES.contains(status)) {
                exclusions.merge("unknown_status_runs", 1L, Long::sum);
            }
            boolean success = "SUCCESS".equals(status);
            Double leadTimeBefore = number(action.path("properties").get("lead_time_before"));
            Double cycleTimeBefore = number(action.path("properties").get("cycle_time"));
            Double duration = number(properties.get("duration"));
            Double cycleTime = number(properties.get("cycle_time"));
            counted.add(new Run(identifier, actionId, createdAt, status,
                    success ? saving(leadTimeBefore, duration) : null,
                    success ? saving(cycleTimeBefore, cycleTime) : null,
                    number(properties.get("waiting_for_approval_duration")),
                    relation(run.path("relations").get("ran_by_actual_user")),
                    primaryTeam(properties.get("team_2"))));
        }
        return new Export(counted, teamTitles, userTeams, exclusions);
    }

    static ObjectNode figures(Export export, Settings settings) {
        List<Run> runs = export.runs();
        Instant asOf = settings.asOf();
        Map<String, Instant> firstRuns = new HashMap<>();
        for (Run run : runs) {
            if (run.user() != null) {
                firstRuns.merge(run.user(), run.createdAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        ObjectNode result = NODES.objectNode();

        ObjectNode periods = result.putObject("periods");
        Map<String, Integer> lengths = new LinkedHashMap<>();
        lengths.put("day", 1);
        lengths.put("week", 7);
        lengths.put("month", 30);
        lengths.put("quarter", 90);
        for (Map.Entry<String, Integer> length : lengths.entrySet()) {
            Duration n = DAY.multipliedBy(length.getValue());
            Window current = new Window(asOf.minus(n), asOf);
            Window previous = new Window(asOf.minus(n.multipliedBy(2)), asOf.minus(n));
            ObjectNode period = periods.putObject(length.getKey());
            ObjectNode currentFigures = periodFigures(current, tally(runs, current, firstRuns));
            ObjectNode previousFigures = periodFigures(previous, tally(runs, previous, firstRuns));
            period.set("current", currentFigures);
            period.set("previous", previousFigures);
            ObjectNode change = period.putObject("change");
            currentFigures.properties().forEach(figure -> {
                if (!figure.getKey().equals("start") && !figure.getKey().equals("end")) {
                    change.set(figure.getKey(), change(figure.getValue(), previousFigures.get(figure.getKey())));
                }
            });
        }

        ArrayNode weeks = result.putArray("runsPerWeek");
        for (int week = 0; week < 12; week++) {
            Window window = new Window(asOf.minus(DAY.multipliedBy(7L * (12 - week))),
                    asOf.minus(DAY.multipliedBy(7L * (11 - week))));
            Tally tally = tally(runs, window, firstRuns);
            ObjectNode node = weeks.addObject();
            node.put("start", window.start().toString());
            node.put("end", window.end().toString());
            node.put("successful", tally.successful());
            node.put("failed", tally.failed());
            node.put("in_progress", tally.inProgress());
            node.put("other", tally.other());
            node.put("lead_time_savings_h", tally.leadTimeSavingsH());
            node.put("active_users", tally.users().size());
        }

        ArrayNode months = result.putArray("runsPerMonth");
        YearMonth last = YearMonth.from(settings.reportDate());
        for (YearMonth month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
            Instant start = month.atDay(1).atStartOfDay(settings.zone()).toInstant();
            Instant end = month.equals(last) ? asOf : month.plusMonths(1).atDay(1).atStartOfDay(settings.zone()).toInstant();
            Tally tally = tally(runs, new Window(start, end), firstRuns);
            ObjectNode node = months.addObject();
            node.put("month", month.toString());
            node.put("start", start.toString());
            node.put("end", end.toString());
            node.put("total_runs", tally.total());
            node.put("successful_runs", tally.successful());
            node.put("failed_runs", tally.failed());
            node.put("lead_time_savings_h", tally.leadTimeSavingsH());
            node.put("cycle_time_savings_h", tally.cycleTimeSavingsH());
            node.put("waiting_time_h", tally.waitingSeconds() / 3600);
            node.put("active_users", tally.users().size());
        }

        Window month = new Window(asOf.minus(DAY.multipliedBy(30)), asOf);
        result.set("adoption", adoption(export, month, tally(runs, month, firstRuns)));

        if (settings.hourlyCost() != null) {
            double quarterLeadTimeSavingsH = tally(runs, new Window(asOf.minus(DAY.multipliedBy(90)), asOf), firstRuns)
                    .leadTimeSavingsH();
            result.set("value", value(settings, quarterLeadTimeSavingsH));
        }

        ObjectNode counts = result.putObject("dataQuality").putObject("counts");
        counts.put("user_directory_unavailable", export.userTeams() == null ? 1 : 0);
        export.exclusions().forEach(counts::put);

        Tally all = tally(runs, new Window(Instant.MIN, asOf), firstRuns);
        ObjectNode totals = result.putObject("totals");
        totals.put("total_runs", all.total());
        totals.put("successful_runs", all.successful());
        totals.put("failed_runs", all.failed());
        totals.put("in_progress_runs", all.inProgress());
        totals.put("daily_total_runs", tally(runs, new Window(asOf.minus(DAY), asOf), firstRuns).total());
        totals.put("weekly_total_runs", tally(runs, new Window(asOf.minus(DAY.multipliedBy(7)), asOf), firstRuns).total());
        totals.put("monthly_total_runs", tally(runs, month, firstRuns).total());
        totals.put("total_lead_time_savings_h", all.leadTimeSavingsH());
        totals.put("total_cycle_time_savings_h", all.cycleTimeSavingsH());
        totals.put("total_waiting_time_h", all.waitingSeconds() / 3600);
        return result;
    }

    /** One loop over every counted run, in file order, keeping those of the window. */
    static Tally tally(List<Run> runs, Window window, Map<String, Instant> firstRuns) {
        long total = 0;
        long successful = 0;
        long failed = 0;
        long inProgress = 0;
        double lead = 0;
        double cycle = 0;
        double waiting = 0;
        Set<String> users = new HashSet<>();
        Set<String> teams = new HashSet<>();
        for (Run run : runs) {
            if (!window.holds(run.createdAt())) {
                continue;
            }
            total++;
            if ("SUCCESS".equals(run.status())) {
                successful++;
            } else if ("FAILURE".equals(run.status())) {
                failed++;
            } else if ("IN_PROGRESS".equals(run.status())) {
                inProgress++;
            }
            if (run.leadTimeSavingH() != null) {
                lead += run.leadTimeSavingH();
            }
            if (run.cycleTimeSavingH() != null) {
                cycle += run.cycleTimeSavingH();
            }
            if (run.waitingSeconds() != null) {
                waiting += run.waitingSeconds();
            }
            if (run.user() != null) {
                users.add(run.user());
            }
            if (!run.team().equals(NO_TEAM)) {
                teams.add(run.team());
            }
        }
        long newUsers = firstRuns.values().stream().filter(window::holds).count();
        return new Tally(total, successful, failed, inProgress, total - successful - failed - inProgress, lead, cycle,
                waiting, users, teams, newUsers);
    }

    private static ObjectNode periodFigures(Window window, Tally tally) {
        ObjectNode node = NODES.objectNode();
        node.put("start", window.start().toString());
        node.put("end", window.end().toString());
        node.put("total_runs", tally.total());
        node.put("successful_runs", tally.successful());
        node.put("failed_runs", tally.failed());
        node.put("success_rate", tally.successRate());
        node.put("lead_time_savings_h", tally.leadTimeSavingsH());
        node.put("cycle_time_savings_h", tally.cycleTimeSavingsH());
        node.put("waiting_time_h", tally.waitingSeconds() / 3600);
        node.put("active_users", tally.users().size());
        node.put("active_teams", tally.teams().size());
        node.put("new_users", tally.newUsers());
        return node;
    }

    private static ObjectNode change(JsonNode current, JsonNode previous) {
        ObjectNode change = NODES.objectNode();
        if (current.isIntegralNumber()) {
            change.put("absolute", current.longValue() - previous.longValue());
        } else {
            change.put("absolute", current.doubleValue() - previous.doubleValue());
        }
        double previousValue = previous.doubleValue();
        if (previousValue == 0) {
            change.putNull("percent");
        } else {
            change.put("percent", (current.doubleValue() - previousValue) / Math.abs(previousValue) * 100);
        }
        return change;
    }

    private static ObjectNode adoption(Export export, Window month, Tally monthTally) {
        Map<String, List<String>> userTeams = export.userTeams();
        Map<String, String> teamTitles = export.teamTitles();
        ObjectNode adoption = NODES.objectNode();
        if (userTeams == null) {
            adoption.putNull("users");
        } else {
            adoption.put("users", userTeams.size());
        }
        adoption.put("teams", teamTitles.size());
        if (userTeams == null || userTeams.isEmpty()) {
            adoption.putNull("user_rate_30d");
        } else {
            adoption.put("user_rate_30d", (double) monthTally.users().size() / userTeams.size() * 100);
        }
        if (teamTitles.isEmpty()) {
            adoption.putNull("team_rate_30d");
        } else {
            long activeTeams = monthTally.teams().stream().filter(teamTitles::containsKey).count();
            adoption.put("team_rate_30d", (double) activeTeams / teamTitles.size() * 100);
        }
        ArrayNode rows = adoption.putArray("teams_detail");
        Map<String, String> rowTitles = new LinkedHashMap<>(teamTitles);
        rowTitles.put(NO_TEAM, NO_TEAM);
        for (Map.Entry<String, String> team : rowTitles.entrySet()) {
            String key = team.getKey();
            ObjectNode row = rows.addObject();
            row.put("key", key);
            row.put("title", team.getValue());
            if (userTeams == null || key.equals(NO_TEAM)) {
                row.putNull("members");
                row.putNull("active_members_30d");
            } else {
                long members = 0;
                long activeMembers = 0;
                for (Map.Entry<String, List<String>> user : userTeams.entrySet()) {
                    if (user.getValue().contains(key)) {
                        members++;
                        if (monthTally.users().contains(user.getKey())) {
                            activeMembers++;
                        }
                    }
                }
                row.put("members", members);
                row.put("active_members_30d", activeMembers);
            }
            long runs30d = 0;
            double leadTimeSavings30d = 0;
            Instant lastRun = null;
            for (Run run : export.runs()) {
                if (!run.team().equals(key)) {
                    continue;
                }
                if (month.holds(run.createdAt())) {
                    runs30d++;
                    if (run.leadTimeSavingH() != null) {
                        leadTimeSavings30d += run.leadTimeSavingH();
                    }
                }
                if (lastRun == null || run.createdAt().isAfter(lastRun)) {
                    lastRun = run.createdAt();
                }
            }
            row.put("runs_30d", runs30d);
            row.put("lead_time_savings_h_30d", leadTimeSavings30d);
            if (lastRun == null) {
                row.putNull("last_run_at");
            } else {
                row.put("last_run_at", lastRun.toString());
            }
        }
        return adoption;
    }

    private static ObjectNode value(Settings settings, double quarterLeadTimeSavingsH) {
        double attribution = settings.attribution() == null ? 1 : settings.attribution();
        double fteHours = settings.fteHoursPerYear() == null ? 1760 : settings.fteHoursPerYear();
        double annualHours = quarterLeadTimeSavingsH * 365 / 90;
        double annualValue = annualHours * settings.hourlyCost() * attribution;
        ObjectNode value = NODES.objectNode();
        value.put("hourly_cost", settings.hourlyCost());
        value.put("currency", settings.currency());
        value.put("attribution", attribution);
        value.put("fte_hours_per_year", fteHours);
        value.put("annualised_lead_time_savings_h", annualHours);
        value.put("annualised_value", annualValue);
        value.put("fte_equivalent", annualHours * attribution / fteHours);
        Double cost = settings.platformCostPerYear();
        if (cost != null) {
            value.put("platform_cost_per_year", cost);
            value.put("net_annual_value", annualValue - cost);
            if (cost == 0) {
                value.putNull("roi_percent");
            } else {
                value.put("roi_percent", (annualValue - cost) / cost * 100);
            }
        }
        return value;
    }

    /** The entities of {@code <blueprint>.json}: a JSON array, or an object with an {@code entities} array. */
    static List<JsonNode> entities(Path folder, String blueprint) {
        JsonNode root = JSON.readTree(folder.resolve(blueprint + ".json").toFile());
        JsonNode array = root.isObject() ? root.get("entities") : root;
        List<JsonNode> entities = new ArrayList<>();
        array.forEach(entities::add);
        return entities;
    }

    /** Port's formula: (baseline h × 3600 − actual s) ÷ 3600; null without either input. */
    private static Double saving(Double baselineH, Double actualSeconds) {
        return baselineH == null || actualSeconds == null ? null : (baselineH * 3600 - actualSeconds) / 3600;
    }

    /** First of a list, or the string itself; "No Team" when missing, null, an empty list or blank. */
    private static String primaryTeam(JsonNode team2) {
        JsonNode first = team2 != null && team2.isArray() ? team2.get(0) : team2;
        String team = text(first);
        return team == null || team.isBlank() ? NO_TEAM : team;
    }

    /** A relation as a plain identifier or as {"identifier": ...}; null when missing, null or blank. */
    private static String relation(JsonNode relation) {
        JsonNode target = relation != null && relation.isObject() ? relation.get("identifier") : relation;
        String identifier = text(target);
        return identifier == null || identifier.isBlank() ? null : identifier;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static Double number(JsonNode node) {
        return node != null && node.isNumber() && Double.isFinite(node.doubleValue()) ? node.doubleValue() : null;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
