package io.actionsroi.roi;

import java.util.List;

/**
 * What one run entity turned out to be: the facts it contributes when it counts ({@code facts} is
 * null when it is excluded), and the data-quality issues found on it either way.
 */
public record ClassifiedRun(String runId, RunFacts facts, List<DataQualityIssue> issues) {

    public ClassifiedRun {
        issues = List.copyOf(issues);
    }

    /** Whether the run counts in the figures. */
    public boolean counted() {
        return facts != null;
    }
}
