package io.actionsroi.roi;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds counted runs into the figures over time: the day, week, month and quarter against the one
 * before ({@link Periods}), the last 12 rolling weeks, the last 12 calendar months, and who ran them
 * (per user and per primary team), for the trends and the adoption.
 *
 * <p>Each run is placed once into the time buckets it falls in, one bit per bucket: the eight periods
 * (four lengths, current and previous), the 12 weeks and the 12 months make 32 bits. A user and a team
 * keep the union of their runs' bits, so distinct users and teams per bucket come from one small record
 * each, whatever the number of runs.
 */
final class Trends {

    private static final int PERIOD_BUCKETS = 2 * Periods.LENGTHS.length;
    private static final int WEEKS = 12;
    private static final int MONTHS = 12;
    private static final int FIRST_WEEK = PERIOD_BUCKETS;
    private static final int FIRST_MONTH = FIRST_WEEK + WEEKS;
    private static final int BUCKETS = FIRST_MONTH + MONTHS;
    private static final Duration WEEK = Duration.ofDays(7);
    /** The current 30 days: the adoption's window. */
    private static final int MONTH_CURRENT = bucketOfPeriod(2, false);

    private final Instant asOf;
    /** Bucket i covers {@code [starts[i], ends[i])}. */
    private final Instant[] starts = new Instant[BUCKETS];
    private final Instant[] ends = new Instant[BUCKETS];
    /** The same in epoch milliseconds, which place a run without allocating: every bound is a whole second. */
    private final long[] startMillis = new long[BUCKETS];
    private final long[] endMillis = new long[BUCKETS];
    private final YearMonth[] months = new YearMonth[MONTHS];
    private final Bucket[] buckets = new Bucket[BUCKETS];
    private final Map<String, UserActivity> users = new HashMap<>();
    private final Map<String, TeamActivity> teams = new HashMap<>();

    Trends(ReportPeriod period) {
        this.asOf = period.asOf();
        for (int length = 0; length < Periods.LENGTHS.length; length++) {
            Duration n = Periods.LENGTHS[length];
            place(bucketOfPeriod(length, false), asOf.minus(n), asOf);
            place(bucketOfPeriod(length, true), asOf.minus(n.multipliedBy(2)), asOf.minus(n));
        }
        Instant firstWeek = asOf.minus(WEEK.multipliedBy(WEEKS));
        for (int week = 0; week < WEEKS; week++) {
            place(FIRST_WEEK + week, firstWeek.plus(WEEK.multipliedBy(week)), firstWeek.plus(WEEK.multipliedBy(week + 1)));
        }
        YearMonth last = YearMonth.from(period.reportDate());
        for (int month = 0; month < MONTHS; month++) {
            months[month] = last.minusMonths(MONTHS - 1 - month);
            Instant start = months[month].atDay(1).atStartOfDay(period.zone()).toInstant();
            Instant end = month == MONTHS - 1 ? asOf : months[month].plusMonths(1).atDay(1).atStartOfDay(period.zone()).toInstant();
            place(FIRST_MONTH + month, start, end);
        }
    }

    void add(RunFacts run) {
        int bits = bucketsOf(run.createdAt().toEpochMilli());
        int status = RunStatus.SUCCESS.equals(run.status()) ? Bucket.SUCCESSFUL
                : RunStatus.FAILURE.equals(run.status()) ? Bucket.FAILED
                : RunStatus.IN_PROGRESS.equals(run.status()) ? Bucket.IN_PROGRESS : Bucket.OTHER;
        double leadTime = run.savingsLeadTimeH() == null ? 0 : run.savingsLeadTimeH();
        double cycleTime = run.savingsCycleTimeH() == null ? 0 : run.savingsCycleTimeH();
        double waiting = run.waitingForApprovalSeconds() == null ? 0 : run.waitingForApprovalSeconds();
        for (int rest = bits; rest != 0; rest &= rest - 1) {
            buckets[Integer.numberOfTrailingZeros(rest)].add(status, leadTime, cycleTime, waiting);
        }
        if (run.user() != null) {
            users.computeIfAbsent(run.user(), user -> new UserActivity()).add(run.createdAt(), bits);
        }
        teams.computeIfAbsent(run.primaryTeam(), team -> new TeamActivity()).add(run, bits);
    }

    /**
     * The finished figures over time.
     *
     * @param teamTitles every {@code _team} entity, identifier to title, sorted by identifier
     * @param userTeams every {@code _user} entity's teams; null when the user directory could not be read
     */
    Finished finish(Map<String, String> teamTitles, Map<String, List<String>> userTeams) {
        long[] activeUsers = distinctPerBucket(users.values().stream().mapToInt(user -> user.buckets).toArray());
        return new Finished(periods(activeUsers), weeks(activeUsers), months(activeUsers),
                adoption(teamTitles, userTeams));
    }

    /** What {@link #finish} yields, for {@link RoiResult}. */
    record Finished(Periods periods, List<WeekOfRuns> weeks, List<MonthOfRuns> months, Adoption adoption) {
    }

    private Periods periods(long[] activeUsers) {
        long[] activeTeams = distinctPerBucket(teams.entrySet().stream()
                .filter(team -> !RunFacts.NO_TEAM.equals(team.getKey()))
                .mapToInt(team -> team.getValue().buckets).toArray());
        long[] newUsers = new long[PERIOD_BUCKETS];
        for (UserActivity user : users.values()) {
            for (int bucket = 0; bucket < PERIOD_BUCKETS; bucket++) {
                newUsers[bucket] += covers(bucket, user.firstRun) ? 1 : 0;
            }
        }
        PeriodComparison[] comparisons = new PeriodComparison[Periods.LENGTHS.length];
        for (int length = 0; length < comparisons.length; length++) {
            int current = bucketOfPeriod(length, false);
            int previous = bucketOfPeriod(length, true);
            comparisons[length] = PeriodComparison.of(
                    period(current, activeUsers[current], activeTeams[current], newUsers[current]),
                    period(previous, activeUsers[previous], activeTeams[previous], newUsers[previous]));
        }
        return new Periods(comparisons[0], comparisons[1], comparisons[2], comparisons[3]);
    }

    private List<WeekOfRuns> weeks(long[] activeUsers) {
        List<WeekOfRuns> weeks = new ArrayList<>(WEEKS);
        for (int bucket = FIRST_WEEK; bucket < FIRST_WEEK + WEEKS; bucket++) {
            Bucket week = buckets[bucket];
            weeks.add(new WeekOfRuns(starts[bucket], ends[bucket], week.successful, week.failed, week.inProgress,
                    week.total - week.successful - week.failed - week.inProgress, week.leadTimeSavingsH,
                    activeUsers[bucket]));
        }
        return weeks;
    }

    private List<MonthOfRuns> months(long[] activeUsers) {
        List<MonthOfRuns> result = new ArrayList<>(MONTHS);
        for (int month = 0; month < MONTHS; month++) {
            int bucket = FIRST_MONTH + month;
            Bucket runs = buckets[bucket];
            result.add(new MonthOfRuns(months[month], starts[bucket], ends[bucket], runs.total, runs.successful,
                    runs.failed, runs.leadTimeSavingsH, runs.cycleTimeSavingsH, runs.waitingSeconds / 3600,
                    activeUsers[bucket]));
        }
        return result;
    }

    private Adoption adoption(Map<String, String> teamTitles, Map<String, List<String>> userTeams) {
        Map<String, long[]> membership = new HashMap<>(); // team -> {members, active members}
        if (userTeams != null) {
            userTeams.forEach((user, teamsOfUser) -> {
                UserActivity activity = users.get(user);
                boolean active = activity != null && activity.in(MONTH_CURRENT);
                teamsOfUser.stream().distinct().forEach(team -> {
                    long[] counts = membership.computeIfAbsent(team, key -> new long[2]);
                    counts[0]++;
                    counts[1] += active ? 1 : 0;
                });
            });
        }
        List<TeamAdoption> rows = new ArrayList<>(teamTitles.size() + 1);
        long activeTeams = 0;
        for (Map.Entry<String, String> team : teamTitles.entrySet()) {
            TeamActivity activity = teams.getOrDefault(team.getKey(), TeamActivity.NONE);
            long[] counts = userTeams == null ? null : membership.getOrDefault(team.getKey(), new long[2]);
            rows.add(new TeamAdoption(team.getKey(), team.getValue(), counts == null ? null : counts[0],
                    counts == null ? null : counts[1], activity.runs30d, activity.leadTimeSavingsH30d, activity.lastRunAt));
            activeTeams += activity.runs30d > 0 ? 1 : 0;
        }
        TeamActivity noTeam = teams.getOrDefault(RunFacts.NO_TEAM, TeamActivity.NONE);
        rows.add(new TeamAdoption(RunFacts.NO_TEAM, RunFacts.NO_TEAM, null, null, noTeam.runs30d,
                noTeam.leadTimeSavingsH30d, noTeam.lastRunAt));

        Long userCount = userTeams == null ? null : (long) userTeams.size();
        long activeUsers = users.values().stream().filter(user -> user.in(MONTH_CURRENT)).count();
        return new Adoption(userCount, teamTitles.size(), rate(activeUsers, userCount),
                rate(activeTeams, (long) teamTitles.size()), rows);
    }

    private PeriodFigures period(int bucket, long activeUsers, long activeTeams, long newUsers) {
        Bucket runs = buckets[bucket];
        return new PeriodFigures(starts[bucket], ends[bucket], runs.total, runs.successful, runs.failed,
                runs.total == 0 ? 0 : (double) runs.successful / runs.total * 100, runs.leadTimeSavingsH,
                runs.cycleTimeSavingsH, runs.waitingSeconds / 3600, activeUsers, activeTeams, newUsers);
    }

    private void place(int bucket, Instant start, Instant end) {
        starts[bucket] = start;
        ends[bucket] = end;
        startMillis[bucket] = start.toEpochMilli();
        endMillis[bucket] = end.toEpochMilli();
        buckets[bucket] = new Bucket();
    }

    /**
     * The buckets a run created at this epoch millisecond (rounded down: the bounds are whole seconds, so
     * the rounding moves no run across one) falls in, as bits; it is before the as-of instant.
     */
    private int bucketsOf(long createdAt) {
        int bits = 0;
        for (int bucket = 0; bucket < PERIOD_BUCKETS; bucket++) {
            bits |= createdAt >= startMillis[bucket] && createdAt < endMillis[bucket] ? 1 << bucket : 0;
        }
        long sinceFirstWeek = createdAt - startMillis[FIRST_WEEK];
        if (sinceFirstWeek >= 0) {
            bits |= 1 << (FIRST_WEEK + (int) (sinceFirstWeek / WEEK.toMillis()));
        }
        for (int bucket = FIRST_MONTH + MONTHS - 1; bucket >= FIRST_MONTH; bucket--) {
            if (createdAt >= startMillis[bucket]) {
                bits |= 1 << bucket;
                break;
            }
        }
        return bits;
    }

    private boolean covers(int bucket, Instant instant) {
        return !instant.isBefore(starts[bucket]) && instant.isBefore(ends[bucket]);
    }

    private static int bucketOfPeriod(int length, boolean previous) {
        return 2 * length + (previous ? 1 : 0);
    }

    /** How many of the given bit sets have each bit. */
    private static long[] distinctPerBucket(int[] bitSets) {
        long[] counts = new long[BUCKETS];
        for (int bits : bitSets) {
            for (int rest = bits; rest != 0; rest &= rest - 1) {
                counts[Integer.numberOfTrailingZeros(rest)]++;
            }
        }
        return counts;
    }

    private static Double rate(long part, Long whole) {
        return whole == null || whole == 0 ? null : (double) part / whole * 100;
    }

    /**
     * The counted runs of one time bucket. Sums are in run order, as Port adds them; a run without a
     * saving or a wait adds 0, which leaves a sum as it was.
     */
    private static final class Bucket {
        static final int SUCCESSFUL = 0;
        static final int FAILED = 1;
        static final int IN_PROGRESS = 2;
        static final int OTHER = 3;

        long total;
        long successful;
        long failed;
        long inProgress;
        double leadTimeSavingsH;
        double cycleTimeSavingsH;
        double waitingSeconds;

        void add(int status, double leadTime, double cycleTime, double waiting) {
            total++;
            successful += status == SUCCESSFUL ? 1 : 0;
            failed += status == FAILED ? 1 : 0;
            inProgress += status == IN_PROGRESS ? 1 : 0;
            leadTimeSavingsH += leadTime;
            cycleTimeSavingsH += cycleTime;
            waitingSeconds += waiting;
        }
    }

    /** When a user first ran an action, and the buckets of all their runs. */
    private static final class UserActivity {
        Instant firstRun;
        int buckets;

        void add(Instant createdAt, int bits) {
            if (firstRun == null || createdAt.isBefore(firstRun)) {
                firstRun = createdAt;
            }
            buckets |= bits;
        }

        boolean in(int bucket) {
            return (buckets & 1 << bucket) != 0;
        }
    }

    /** The runs whose primary team is one team: their buckets, the last 30 days' runs and savings, the latest. */
    private static final class TeamActivity {
        static final TeamActivity NONE = new TeamActivity();

        int buckets;
        long runs30d;
        double leadTimeSavingsH30d;
        Instant lastRunAt;

        void add(RunFacts run, int bits) {
            buckets |= bits;
            if ((bits & 1 << MONTH_CURRENT) != 0) {
                runs30d++;
                leadTimeSavingsH30d += run.savingsLeadTimeH() == null ? 0 : run.savingsLeadTimeH();
            }
            if (lastRunAt == null || run.createdAt().isAfter(lastRunAt)) {
                lastRunAt = run.createdAt();
            }
        }
    }
}
