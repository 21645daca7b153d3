package io.actionsroi.roi;

import java.util.Set;

/** The run statuses Port's automation writes. Any other value is kept as received. */
final class RunStatus {

    static final String SUCCESS = "SUCCESS";
    static final String FAILURE = "FAILURE";
    static final String IN_PROGRESS = "IN_PROGRESS";
    private static final Set<String> KNOWN = Set.of(SUCCESS, FAILURE, IN_PROGRESS, "WAITING_FOR_APPROVAL", "DECLINED");

    private RunStatus() {
    }

    /** Whether Port's automation writes this status; false for null. */
    static boolean isKnown(String status) {
        return status != null && KNOWN.contains(status);
    }
}
