package io.actionsroi.job;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Recognises the start-up failure of a second process on an H2 file job repository that another
 * process has open: H2 lets one process at a time open a database file, so the second cannot even
 * look whether its report date is being made.
 */
public final class JobRepositoryInUse {

    /** H2's "database may be already in use" error code. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private JobRepositoryInUse() {
    }

    /** The refusal to print when {@code failure} is that case. */
    public static Optional<String> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return Optional.of("Another run of the report has the job repository open right now (an H2 file"
                        + " database, which one process at a time may use): this one stops without doing anything."
                        + " Run reports one after another (cron/actions-roi-report.sh waits its turn), or give the runs"
                        + " a shared PostgreSQL job repository (docs/settings.md, Job repository).");
            }
        }
        return Optional.empty();
    }
}
