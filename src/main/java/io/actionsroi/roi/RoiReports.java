package io.actionsroi.roi;

import java.util.List;

/**
 * The reports of one run: the organisation's, and one per team reported, sorted by team identifier.
 */
public record RoiReports(RoiResult organisation, List<RoiResult> teams) {

    public RoiReports {
        teams = List.copyOf(teams);
    }
}
