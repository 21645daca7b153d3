package io.actionsroi.roi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated export folder, other than the demo's, for issue 11's figures: about 3,500 runs over 14
 * months before report date 2026-11-15 in Europe/Berlin (whose 12 months span both daylight-saving
 * changes), drawn from a fixed seed, plus hand-placed runs on every edge the figures have:
 * <ul>
 * <li>relations as plain identifiers and as {@code {"identifier", "title"}} objects; runs whose
 * {@code ran_by_actual_user} is missing, null or blank, and a user who is no {@code _user} entity;</li>
 * <li>users in no team, one team or two ({@code _user}'s top-level {@code team}), one without the field,
 * one entity without identifier, users who never run;</li>
 * <li>a {@code _team} whose runs are all older than 30 days ({@code legacy}), one with no run at all and no
 * title ({@code ghost}), a team key on runs that is no {@code _team} entity ({@code contractors}); runs
 * whose {@code team_2} is a list, a string, empty, null or missing;</li>
 * <li>orphans, a duplicate (its second copy in the otherwise empty previous day), runs at and after the
 * as-of instant, runs exactly at asOf − 1, 7, 30, 60, 84, 90 and 180 days, on the zone's month
 * boundaries either side of both daylight-saving changes, and one second before the first month;</li>
 * <li>a user whose first run is long before the previous quarter, a user new this week;</li>
 * <li>unknown and missing statuses, failed, in-progress, declined and waiting-for-approval runs, runs
 * placed in time by the entity's {@code createdAt}, by an offset other than Z, or unreadable; actions
 * without baselines and with a zero baseline, successful runs without a duration.</li>
 * </ul>
 * The previous day, [asOf − 2 d, asOf − 1 d), holds no counted run, so its changes' percentages are null.
 */
public final class TrendsDataSet {

    public static final LocalDate REPORT_DATE = LocalDate.of(2026, 11, 15);
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** 2026-11-16T00:00 in Berlin (CET). */
    public static final Instant AS_OF = Instant.parse("2026-11-15T23:00:00Z");
    public static final String VETERAN = "veteran@corp.example";
    public static final String NEWCOMER = "newcomer@corp.example";
    public static final String FORMER_EMPLOYEE = "former@corp.example";
    /** The one run served twice; its second copy lies in the previous day. */
    public static final String DUPLICATED_RUN = "run-edge-30d";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter PORT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final Instant FIRST_RUN = Instant.parse("2025-09-10T00:00:00Z");
    private static final int RANDOM_RUNS = 3500;
    private static final Duration DAY = Duration.ofDays(1);

    private static final List<String> TEAMS = List.of("platform", "payments", "search", "data_eng", "mobile", "security");
    private static final List<String> ACTIONS = List.of("create_bucket", "provision_db", "scaffold_service",
            "rotate_secrets", "grant_access", "export_audit_log", "instant_toggle");

    private final Random random = new Random(11);
    private final List<ObjectNode> runs = new ArrayList<>();
    private int runNumber;

    private TrendsDataSet() {
    }

    /** Writes the export into {@code folder}; without {@code _user.json} when {@code withUserDirectory} is false. */
    public static Path write(Path folder, boolean withUserDirectory) throws IOException {
        Files.createDirectories(folder);
        TrendsDataSet data = new TrendsDataSet();
        writeEntities(folder, "actions_categories", data.categories());
        writeEntities(folder, "action", data.actions());
        writeEntities(folder, "_team", data.teams());
        if (withUserDirectory) {
            writeEntities(folder, "_user", data.users());
        }
        data.randomRuns();
        data.edgeRuns();
        writeEntities(folder, "action_run", data.runs);
        return folder;
    }

    /** Writes one blueprint's entities as Port's search returns them: a JSON array. */
    public static void writeEntities(Path folder, String blueprint, List<? extends JsonNode> entities) throws IOException {
        ArrayNode array = NODES.arrayNode();
        entities.forEach(array::add);
        Files.writeString(folder.resolve(blueprint + ".json"), JSON.writeValueAsString(array));
    }

    /** An entity of a blueprint, with empty properties and relations. */
    public static ObjectNode entity(String blueprint, String identifier, String title) {
        ObjectNode entity = NODES.objectNode();
        entity.put("identifier", identifier);
        entity.put("title", title);
        entity.put("blueprint", blueprint);
        entity.putArray("team");
        entity.putObject("properties");
        entity.putObject("relations");
        entity.put("createdAt", "2025-06-03T00:00:00.000Z");
        return entity;
    }

    /** A run of {@code action} created at {@code createdAt}, both as the property and as the entity's createdAt. */
    public static ObjectNode run(String identifier, String action, Instant createdAt, String status) {
        ObjectNode run = entity("action_run", identifier, identifier);
        run.put("createdAt", PORT_TIME.format(createdAt));
        ObjectNode properties = (ObjectNode) run.get("properties");
        properties.put("status", status);
        properties.put("created_at", PORT_TIME.format(createdAt));
        ((ObjectNode) run.get("relations")).put("parent_action", action);
        return run;
    }

    /** A relation as {@code {"identifier": ..., "title": ...}}. */
    public static ObjectNode relationObject(String identifier) {
        ObjectNode relation = NODES.objectNode();
        relation.put("identifier", identifier);
        relation.put("title", "Title of " + identifier);
        return relation;
    }

    public static String userName(int number) {
        return String.format("user%02d@corp.example", number);
    }

    private List<ObjectNode> categories() {
        return List.of(entity("actions_categories", "infra", "Infrastructure"),
                entity("actions_categories", "data", "Data"), entity("actions_categories", "access", "Access"));
    }

    private List<ObjectNode> actions() {
        List<ObjectNode> actions = new ArrayList<>();
        double[][] baselines = {{72, 7.2}, {4, 1.0}, {120, 30.0}, {16, 1.6}, {24, 2.4}, {Double.NaN, Double.NaN}, {0, 0}};
        for (int i = 0; i < ACTIONS.size(); i++) {
            ObjectNode action = entity("action", ACTIONS.get(i), "Action " + ACTIONS.get(i));
            ObjectNode properties = (ObjectNode) action.get("properties");
            if (!Double.isNaN(baselines[i][0])) {
                properties.put("lead_time_before", baselines[i][0]);
                properties.put("cycle_time", baselines[i][1]);
            }
            String category = List.of("infra", "data", "access").get(i % 3);
            ObjectNode relations = (ObjectNode) action.get("relations");
            if (i % 2 == 0) {
                relations.put("category", category);
            } else {
                relations.set("category", relationObject(category));
            }
            actions.add(action);
        }
        return actions;
    }

    private List<ObjectNode> teams() {
        List<ObjectNode> teams = new ArrayList<>();
        for (String team : TEAMS) {
            teams.add(entity("_team", team, "Team " + team));
        }
        teams.add(entity("_team", "legacy", "Legacy tools"));
        ObjectNode ghost = entity("_team", "ghost", null);
        teams.add(ghost);
        return teams;
    }

    /** user00 … user39, of whom user35 … user39 never run, plus the veteran, the newcomer and odd entities. */
    private List<ObjectNode> users() {
        List<ObjectNode> users = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ObjectNode user = entity("_user", userName(i), "User " + i);
            ArrayNode team = (ArrayNode) user.get("team");
            for (String key : teamsOf(i)) {
                team.add(key);
            }
            users.add(user);
        }
        users.get(38).remove("team");
        ((ArrayNode) users.get(39).get("team")).add("ghost");
        ((ArrayNode) users.get(37).get("team")).add("legacy");
        ObjectNode veteran = entity("_user", VETERAN, "Veteran");
        ((ArrayNode) veteran.get("team")).add("platform");
        users.add(veteran);
        ObjectNode newcomer = entity("_user", NEWCOMER, "Newcomer");
        ((ArrayNode) newcomer.get("team")).add("search").add("legacy");
        users.add(newcomer);
        ObjectNode nameless = entity("_user", null, "No identifier");
        users.add(nameless);
        return users;
    }

    /** No team for every fifth user, two teams for every seventh, else one. */
    private static List<String> teamsOf(int user) {
        if (user % 5 == 0) {
            return List.of();
        }
        String first = TEAMS.get(user % TEAMS.size());
        return user % 7 == 0 ? List.of(first, TEAMS.get((user + 1) % TEAMS.size())) : List.of(first);
    }

    private void randomRuns() {
        long span = Duration.between(FIRST_RUN, AS_OF).toSeconds();
        Instant quietDayStart = AS_OF.minus(DAY.multipliedBy(2));
        Instant quietDayEnd = AS_OF.minus(DAY);
        while (runs.size() < RANDOM_RUNS) {
            // more runs lately: self-service that grows
            long offset = (long) (span * Math.sqrt(random.nextDouble()));
            Instant createdAt = FIRST_RUN.plusSeconds(offset).plusMillis(random.nextInt(1000));
            if (!createdAt.isBefore(quietDayStart) && createdAt.isBefore(quietDayEnd)) {
                continue;
            }
            int user = random.nextInt(36);
            ObjectNode run = run(nextId(), ACTIONS.get(random.nextInt(ACTIONS.size())), createdAt, status());
            fillDurations(run);
            setUser(run, user == 35 ? FORMER_EMPLOYEE : userName(user), random.nextInt(20));
            setTeam(run, user == 35 ? List.of() : teamsOf(user), createdAt, random.nextInt(20));
            placeInTime(run, createdAt, random.nextInt(100));
            if (random.nextInt(2) == 0) {
                ((ObjectNode) run.get("relations")).set("parent_action",
                        relationObject(run.get("relations").get("parent_action").stringValue()));
            }
            runs.add(run);
        }
    }

    private String status() {
        int draw = random.nextInt(100);
        if (draw < 70) {
            return "SUCCESS";
        }
        if (draw < 82) {
            return "FAILURE";
        }
        if (draw < 85) {
            return "IN_PROGRESS";
        }
        if (draw < 90) {
            return "WAITING_FOR_APPROVAL";
        }
        if (draw < 95) {
            return "DECLINED";
        }
        return draw < 98 ? "CANCELLED" : null;
    }

    /** Durations for successful runs (a few without), a wait for some, and for some runs awaiting approval. */
    private void fillDurations(ObjectNode run) {
        ObjectNode properties = (ObjectNode) run.get("properties");
        String status = properties.get("status").isNull() ? null : properties.get("status").stringValue();
        if ("SUCCESS".equals(status) && random.nextInt(40) != 0) {
            double duration = Math.round((30 + random.nextDouble() * 20_000) * 1000) / 1000.0;
            double waiting = random.nextInt(3) == 0 ? Math.round(duration * random.nextDouble() * 1000) / 1000.0 : 0;
            properties.put("duration", duration);
            properties.put("cycle_time", duration - waiting);
            if (waiting > 0) {
                properties.put("waiting_for_approval_duration", waiting);
            }
        } else if ("WAITING_FOR_APPROVAL".equals(status) && random.nextInt(2) == 0) {
            properties.put("waiting_for_approval_duration", random.nextInt(100_000));
        }
    }

    /** ran_by_actual_user as a string (most), an object, or missing, null or blank. */
    private static void setUser(ObjectNode run, String user, int draw) {
        ObjectNode relations = (ObjectNode) run.get("relations");
        if (draw < 11) {
            relations.put("ran_by_actual_user", user);
        } else if (draw < 17) {
            relations.set("ran_by_actual_user", relationObject(user));
        } else if (draw == 17) {
            relations.putNull("ran_by_actual_user");
        } else if (draw == 18) {
            relations.put("ran_by_actual_user", " ");
        }
        // 19: no relation at all
    }

    /**
     * team_2 as the user's teams, sometimes a plain string; a user in no team has it empty, null or
     * missing, or is a contractor. The legacy team only runs before the last 40 days.
     */
    private static void setTeam(ObjectNode run, List<String> teams, Instant createdAt, int draw) {
        ObjectNode properties = (ObjectNode) run.get("properties");
        if (createdAt.isBefore(AS_OF.minus(DAY.multipliedBy(40))) && draw == 0) {
            properties.putArray("team_2").add("legacy");
        } else if (teams.isEmpty()) {
            switch (draw % 4) {
                case 0 -> properties.putArray("team_2");
                case 1 -> properties.putNull("team_2");
                case 2 -> properties.put("team_2", "contractors");
                default -> { }
            }
        } else if (draw < 4) {
            properties.put("team_2", teams.get(0));
        } else {
            ArrayNode list = properties.putArray("team_2");
            teams.forEach(list::add);
        }
    }

    /** created_at as Port writes it (most), with another offset, or absent (the entity's createdAt places it). */
    private static void placeInTime(ObjectNode run, Instant createdAt, int draw) {
        ObjectNode properties = (ObjectNode) run.get("properties");
        if (draw < 3) {
            properties.put("created_at", OFFSET_TIME.format(createdAt.atOffset(ZoneOffset.ofHours(2))));
        } else if (draw < 6) {
            properties.remove("created_at");
        }
    }

    private String nextId() {
        return String.format("run-%05d", runNumber++);
    }

    /** Hand-placed runs, each spliced in at a random place of the file. */
    private void edgeRuns() {
        for (int days : new int[] {1, 7, 30, 60, 84, 90, 180}) {
            Instant at = AS_OF.minus(DAY.multipliedBy(days));
            ObjectNode run = run("run-edge-" + days + "d", "create_bucket", at, "SUCCESS");
            ((ObjectNode) run.get("properties")).put("duration", 600 + days);
            ((ObjectNode) run.get("properties")).put("cycle_time", 300 + days);
            setUser(run, userName(days % 35), 0);
            setTeam(run, teamsOf(days % 35), at, 5);
            splice(run);
        }
        // Berlin's month starts either side of both daylight-saving changes, and just before them
        for (String at : List.of("2026-03-31T22:00:00Z", "2026-03-31T21:59:59.999Z", "2026-10-31T23:00:00Z",
                "2026-10-31T22:59:59.999Z", "2025-11-30T23:00:00Z", "2025-11-30T22:59:59Z")) {
            ObjectNode run = run("run-month-" + at, "scaffold_service", Instant.parse(at), "SUCCESS");
            ((ObjectNode) run.get("properties")).put("duration", 3600);
            ((ObjectNode) run.get("properties")).put("cycle_time", 1800);
            setUser(run, userName(12), 11);
            setTeam(run, teamsOf(12), Instant.parse(at), 5);
            splice(run);
        }
        // the veteran first ran 14 months ago; the newcomer first this week
        for (String at : List.of("2025-09-20T08:00:00Z", "2026-11-02T08:00:00Z", "2026-11-12T08:00:00Z")) {
            ObjectNode run = run("run-veteran-" + at, "rotate_secrets", Instant.parse(at), "SUCCESS");
            ((ObjectNode) run.get("properties")).put("duration", 120);
            ((ObjectNode) run.get("properties")).put("cycle_time", 60);
            setUser(run, VETERAN, 15);
            setTeam(run, List.of("platform"), Instant.parse(at), 5);
            splice(run);
        }
        for (String at : List.of("2026-11-10T09:30:00Z", "2026-11-15T22:30:00Z")) {
            ObjectNode run = run("run-newcomer-" + at, "grant_access", Instant.parse(at), "FAILURE");
            setUser(run, NEWCOMER, 0);
            setTeam(run, List.of("search", "legacy"), Instant.parse(at), 5);
            splice(run);
        }
        // runs of users that count nowhere: orphans, unreadable times, after as-of
        Instant recent = AS_OF.minus(DAY.multipliedBy(3));
        List<ObjectNode> excluded = new ArrayList<>();
        excluded.add(run("run-orphan-missing", "create_bucket", recent, "SUCCESS"));
        ((ObjectNode) excluded.get(0).get("relations")).remove("parent_action");
        excluded.add(run("run-orphan-null", "create_bucket", recent, "SUCCESS"));
        ((ObjectNode) excluded.get(1).get("relations")).putNull("parent_action");
        excluded.add(run("run-orphan-blank", "", recent, "SUCCESS"));
        excluded.add(run("run-orphan-retired", "retired_action", recent, "SUCCESS"));
        excluded.add(run("run-orphan-retired-object", "create_bucket", recent, "SUCCESS"));
        ((ObjectNode) excluded.get(4).get("relations")).set("parent_action", relationObject("retired_action"));
        excluded.add(run("run-unreadable-property", "create_bucket", recent, "SUCCESS"));
        ((ObjectNode) excluded.get(5).get("properties")).put("created_at", "yesterday");
        excluded.add(run("run-unreadable-entity", "create_bucket", recent, "SUCCESS"));
        ((ObjectNode) excluded.get(6).get("properties")).remove("created_at");
        excluded.get(6).put("createdAt", "not a date");
        excluded.add(run("run-at-as-of", "create_bucket", AS_OF, "SUCCESS"));
        excluded.add(run("run-after-as-of", "create_bucket", AS_OF.plus(Duration.ofHours(5)), "SUCCESS"));
        for (ObjectNode run : excluded) {
            ((ObjectNode) run.get("properties")).put("duration", 60);
            ((ObjectNode) run.get("properties")).put("cycle_time", 60);
            setUser(run, userName(36), 0);
            setTeam(run, List.of("ghost"), recent, 5);
            splice(run);
        }
        // the duplicate: served again later in the file, created in the otherwise empty previous day
        ObjectNode again = run(DUPLICATED_RUN, "create_bucket", AS_OF.minus(Duration.ofHours(36)), "SUCCESS");
        setUser(again, userName(36), 0);
        setTeam(again, List.of("ghost"), recent, 5);
        runs.add(again);
    }

    private void splice(ObjectNode run) {
        runs.add(random.nextInt(runs.size() + 1), run);
    }
}
