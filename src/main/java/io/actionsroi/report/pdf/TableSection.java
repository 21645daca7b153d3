package io.actionsroi.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.lowagie.text.Document;

import io.actionsroi.report.pdf.ReportTable.Column;
import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.Rollup;

import static io.actionsroi.report.pdf.Typesetter.spaced;

/**
 * The evidence: the figures of every action, category and team, the largest savings first. The tables run
 * over as many pages as they need, their header on each.
 */
final class TableSection {

    /** A figure's column, and its width relative to the others: wide enough for "Processing" in bold. */
    private record FigureColumn(ReportFigure figure, float width) {
    }

    private static final List<FigureColumn> FIGURES = List.of(
            new FigureColumn(ReportFigure.RUNS, 7),
            new FigureColumn(ReportFigure.SUCCESS_RATE, 8),
            new FigureColumn(ReportFigure.HOURS_SAVED, 12),
            new FigureColumn(ReportFigure.PROCESSING_TIME_SAVED, 12),
            new FigureColumn(ReportFigure.WAITING_TIME, 11));

    private final RoiResult result;
    private final Typesetter type;
    private final Theme theme;
    private final ReportTable tables;

    TableSection(RoiResult result, Typesetter type, Theme theme) {
        this.result = result;
        this.type = type;
        this.theme = theme;
        this.tables = new ReportTable(type, theme);
    }

    void addTo(Document document) {
        document.newPage();
        // a team's report leaves out the actions the team did not run: the organisation's lists them all
        boolean team = result.scope() != null;
        heading(document, "Actions", team
                ? "The actions the team ran, the most hours saved first. Hours are totals over the team's runs."
                : "Every action, the most hours saved first. Hours are totals over the action's runs; an action"
                        + " without runs shows zeros.");
        List<Column<ActionFigures>> actionColumns = new ArrayList<>();
        actionColumns.add(Column.text("Action", 30, ActionFigures::name));
        actionColumns.add(Column.text("Category", 15, action -> action.category() != null ? action.category() : ""));
        actionColumns.addAll(figureColumns(ActionFigures::figures));
        List<ActionFigures> actions = result.actions().stream()
                .filter(action -> !team || action.figures().totalRuns() > 0)
                .toList();
        document.add(tables.of(actionColumns, sorted(actions, ActionFigures::figures, ActionFigures::identifier)));

        heading(document, "Categories", "The figures of each category's actions, over their runs.");
        document.add(rollups("Category", result.categories()));
        heading(document, "Teams", "The figures of the runs of each team: the first team of the user who ran"
                + " them, \"No Team\" when the user has none.");
        document.add(rollups("Team", result.teams()));
    }

    private com.lowagie.text.pdf.PdfPTable rollups(String header, List<Rollup> rollups) {
        List<Column<Rollup>> columns = new ArrayList<>();
        columns.add(Column.text(header, 45, Rollup::title));
        columns.addAll(figureColumns(Rollup::figures));
        return tables.of(columns, sorted(rollups, Rollup::figures, Rollup::key));
    }

    private static <T> List<Column<T>> figureColumns(Function<T, Figures> figures) {
        return FIGURES.stream()
                .map(column -> Column.<T>number(column.figure().label(), column.width(),
                        row -> column.figure().format(figures.apply(row))))
                .toList();
    }

    private static <T> List<T> sorted(List<T> rows, Function<T, Figures> figures, Function<T, String> key) {
        return rows.stream().sorted(Figures.mostHoursSavedFirst(figures, key)).toList();
    }

    private void heading(Document document, String title, String note) {
        document.add(spaced(type.paragraph(title, theme.heading()), 6, 2));
        document.add(spaced(type.paragraph(note, theme.note()), 0, 2));
    }
}
