package io.actionsroi.report.pdf;

import io.actionsroi.roi.Figures;
import io.actionsroi.roi.Measure;

/**
 * The figures the report's tables and charts show, each under the label the report gives it and tied to the
 * model's {@link Measure}, whose title and definition the method section prints beside that label.
 */
enum ReportFigure {

    RUNS("Runs", Measure.TOTAL_RUNS),
    SUCCESS_RATE("Success rate", Measure.SUCCESS_RATE),
    HOURS_SAVED("Hours saved (h)", Measure.TOTAL_LEAD_TIME_SAVINGS_H),
    PROCESSING_TIME_SAVED("Processing time saved (h)", Measure.TOTAL_CYCLE_TIME_SAVINGS_H),
    WAITING_TIME("Waiting for approval (h)", Measure.TOTAL_WAITING_TIME_H),
    AVERAGE_WAIT("Average wait for approval (h)", Measure.AVERAGE_WAITING_TIME_H),
    LONGEST_WAIT("Longest wait for approval (h)", Measure.MAX_WAITING_TIME_H),
    RUNS_LAST_7_DAYS("Runs in the last 7 days", Measure.WEEKLY_TOTAL_RUNS);

    private final String label;
    private final Measure measure;

    ReportFigure(String label, Measure measure) {
        this.label = label;
        this.measure = measure;
    }

    String label() {
        return label;
    }

    Measure measure() {
        return measure;
    }

    /** The figure formatted in its unit. */
    String format(Figures figures) {
        return Formats.figure(measure.unit(), measure.of(figures));
    }
}
