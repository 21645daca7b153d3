package io.actionsroi.report.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Sheet;

import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.Measure;
import io.actionsroi.roi.Rollup;

/**
 * The Actions sheet and the rollup sheets (Categories, Teams, User groups): one row per action or group,
 * its names first, then every figure under Port's title, largest lead-time savings first.
 */
final class FigureSheets {

    static final String ACTION = "Action";

    private final Cells cells;
    private final CellStyles styles;

    FigureSheets(Cells cells, CellStyles styles) {
        this.cells = cells;
        this.styles = styles;
    }

    Table<ActionFigures> actions(Sheet sheet, List<ActionFigures> actions) {
        List<Column<ActionFigures>> columns = new ArrayList<>(List.of(
                Column.text(ACTION, ActionFigures::title),
                Column.text("Category", ActionFigures::category),
                Column.text("Criticality", ActionFigures::criticality),
                Column.text("Identifier", ActionFigures::identifier),
                Column.text("Category identifier", ActionFigures::categoryId),
                new Column<>("Lead time before (h)", CellFormat.HOURS, ActionFigures::leadTimeBeforeH),
                new Column<>("Cycle time before (h)", CellFormat.HOURS, ActionFigures::cycleTimeBeforeH)));
        return fill(sheet, columns, actions, ActionFigures::figures, ActionFigures::identifier);
    }

    /** A rollup sheet; {@code titleHeader} names the group ("Team"), {@code keyHeader} its key. */
    Table<Rollup> rollups(Sheet sheet, String titleHeader, String keyHeader, List<Rollup> rollups) {
        List<Column<Rollup>> columns = new ArrayList<>(List.of(
                Column.text(titleHeader, Rollup::title),
                Column.text(keyHeader, Rollup::key)));
        return fill(sheet, columns, rollups, Rollup::figures, Rollup::key);
    }

    private <T> Table<T> fill(Sheet sheet, List<Column<T>> names, List<T> items, Function<T, Figures> figures,
            Function<T, String> identifier) {
        List<Column<T>> columns = new ArrayList<>(names);
        for (Measure measure : Measure.values()) {
            columns.add(Column.measure(measure, figures));
        }
        Table<T> table = new Table<>(sheet, 0, columns, cells, styles);
        items.stream()
                .sorted(Figures.mostHoursSavedFirst(figures, identifier))
                .forEach(table::add);
        table.fillSheet(1);
        return table;
    }
}
