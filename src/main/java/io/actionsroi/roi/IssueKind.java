package io.actionsroi.roi;

/** The cases of the model's data-quality section. {@link #key()} is the count's JSON key. */
public enum IssueKind {
    /** A run whose parent action is empty or names no action: excluded from every figure. */
    ORPHAN_RUN("orphan_runs"),
    /** A run served twice while paging: counted once. */
    DUPLICATE_RUN("duplicate_runs"),
    /** A run with a status outside the five known ones: counted in total_runs only. */
    UNKNOWN_STATUS("unknown_status_runs"),
    /** A run whose creation time cannot be read: excluded, it cannot be placed in time. */
    UNREADABLE_CREATED_AT("unreadable_created_at_runs"),
    /** A run without a created_at property: counted, placed in time by the entity's createdAt. */
    CREATED_AT_FALLBACK("runs_with_fallback_created_at"),
    /** A run created at or after the as-of instant: excluded. */
    RUN_AFTER_AS_OF("runs_after_as_of"),
    /** An action without a lead_time_before or cycle_time baseline: its runs save nothing. */
    MISSING_BASELINE("actions_without_baseline"),
    /** An action whose baseline is 0: its savings are negative, as in Port. */
    ZERO_BASELINE("actions_with_zero_baseline"),
    /** An entity with a field of the wrong type: that field is ignored. */
    MALFORMED_ENTITY("malformed_entities"),
    /** The user blueprint could not be read: the adoption has no user totals or team members. */
    USER_DIRECTORY_UNAVAILABLE("user_directory_unavailable");

    private final String key;

    IssueKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
