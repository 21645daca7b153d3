package io.actionsroi.roi;

/** The change of every figure of {@link PeriodFigures} from the previous period to the current one. */
public record PeriodChange(
        Change totalRuns,
        Change successfulRuns,
        Change failedRuns,
        Change successRate,
        Change leadTimeSavingsH,
        Change cycleTimeSavingsH,
        Change waitingTimeH,
        Change activeUsers,
        Change activeTeams,
        Change newUsers) {

    static PeriodChange between(PeriodFigures current, PeriodFigures previous) {
        return new PeriodChange(
                Change.between(current.totalRuns(), previous.totalRuns()),
                Change.between(current.successfulRuns(), previous.successfulRuns()),
                Change.between(current.failedRuns(), previous.failedRuns()),
                Change.between(current.successRate(), previous.successRate()),
                Change.between(current.leadTimeSavingsH(), previous.leadTimeSavingsH()),
                Change.between(current.cycleTimeSavingsH(), previous.cycleTimeSavingsH()),
                Change.between(current.waitingTimeH(), previous.waitingTimeH()),
                Change.between(current.activeUsers(), previous.activeUsers()),
                Change.between(current.activeTeams(), previous.activeTeams()),
                Change.between(current.newUsers(), previous.newUsers()));
    }
}
