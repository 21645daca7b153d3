package io.actionsroi.roi;

/**
 * How a figure moved from the previous period to the current one.
 *
 * @param absolute {@code current - previous}; for a rate, in percentage points
 * @param percent {@code (current - previous) / |previous| * 100}, null when the previous value is 0 (no
 *     baseline to compare with); the absolute value because savings can be negative
 */
public record Change(double absolute, Double percent) {

    public static Change between(double current, double previous) {
        double absolute = current - previous;
        return new Change(absolute, previous == 0 ? null : absolute / Math.abs(previous) * 100);
    }
}
