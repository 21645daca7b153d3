package io.actionsroi.roi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the figures leave out or count with a caveat: a count for every {@link IssueKind} (zeros
 * included, keyed by {@link IssueKind#key()}, in the enum's order) and every listed entity.
 */
public record DataQuality(Map<String, Long> counts, List<DataQualityIssue> items) {

    public DataQuality {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        items = List.copyOf(items);
    }
}
