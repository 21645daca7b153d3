package io.actionsroi.roi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Counts the runs of the last {@value #WEEKS} rolling weeks before the as-of instant, by status. */
final class RunsPerWeek {

    static final int WEEKS = 12;
    private static final Duration WEEK = Duration.ofDays(7);

    private final Instant asOf;
    private final Instant firstStart;
    private final long[][] counts = new long[WEEKS][4];

    RunsPerWeek(Instant asOf) {
        this.asOf = asOf;
        this.firstStart = asOf.minus(WEEK.multipliedBy(WEEKS));
    }

    void add(RunFacts run) {
        Instant createdAt = run.createdAt();
        if (createdAt.isBefore(firstStart) || !createdAt.isBefore(asOf)) {
            return;
        }
        int week = (int) (Duration.between(firstStart, createdAt).toSeconds() / WEEK.toSeconds());
        counts[week][statusColumn(run.status())]++;
    }

    List<WeekOfRuns> weeks() {
        List<WeekOfRuns> weeks = new ArrayList<>(WEEKS);
        for (int week = 0; week < WEEKS; week++) {
            long[] byStatus = counts[week];
            weeks.add(new WeekOfRuns(firstStart.plus(WEEK.multipliedBy(week)), firstStart.plus(WEEK.multipliedBy(week + 1)),
                    byStatus[0], byStatus[1], byStatus[2], byStatus[3]));
        }
        return weeks;
    }

    private static int statusColumn(String status) {
        if (RunStatus.SUCCESS.equals(status)) {
            return 0;
        }
        if (RunStatus.FAILURE.equals(status)) {
            return 1;
        }
        return RunStatus.IN_PROGRESS.equals(status) ? 2 : 3;
    }
}
