package io.actionsroi.report.excel;

import java.util.function.Function;

import io.actionsroi.roi.Figures;
import io.actionsroi.roi.Measure;

/**
 * One column of a table: its header, the format of its cells and the value of an item in it (null
 * leaves the cell empty). A column of figures of different units (a count on one row, hours on the
 * next) takes each item's format from {@code itemFormat}, and {@code format} only sets its width; in
 * any other column, {@code itemFormat} is null.
 */
record Column<T>(String header, CellFormat format, Function<T, ?> value, Function<T, CellFormat> itemFormat) {

    Column(String header, CellFormat format, Function<T, ?> value) {
        this(header, format, value, null);
    }

    /** The format of {@code item}'s cell. */
    CellFormat format(T item) {
        return itemFormat == null ? format : itemFormat.apply(item);
    }

    static <T> Column<T> text(String header, Function<T, String> value) {
        return new Column<>(header, CellFormat.TEXT, value);
    }

    /** A figure of the model, headed by its Port title and formatted by its unit. */
    static <T> Column<T> measure(Measure measure, Function<T, Figures> figures) {
        return new Column<>(measure.title(), CellFormat.of(measure.unit()), item -> measure.of(figures.apply(item)));
    }
}
