package io.actionsroi.report.excel;

import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Workbook;

import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.RunFacts;

/**
 * The Runs sheet: one row per run, written as the runs come and streamed to disk, so that memory holds a
 * window of rows however many runs there are. A full sheet continues on "Runs (2)", "Runs (3)", ...
 * Column titles are those of Port's {@code action_run} properties.
 */
final class RunsSheets {

    static final String NAME = "Runs";

    private final Workbook workbook;
    private final Cells cells;
    private final CellStyles styles;
    private final List<Column<RunFacts>> columns;
    private final int rowsPerSheet;

    /**
     * @param actions every action of the report, for the title and category of each run's action
     * @param rowsPerSheet the runs one sheet holds before the next one starts
     */
    RunsSheets(Workbook workbook, Cells cells, CellStyles styles, ZoneId zone, List<ActionFigures> actions,
            int rowsPerSheet) {
        this.workbook = workbook;
        this.cells = cells;
        this.styles = styles;
        this.rowsPerSheet = rowsPerSheet;
        Map<String, ActionFigures> byId = actions.stream()
                .collect(Collectors.toMap(ActionFigures::identifier, Function.identity()));
        this.columns = List.of(
                Column.text(FigureSheets.ACTION, run -> action(byId, run, ActionFigures::title)),
                Column.text("Category", run -> action(byId, run, ActionFigures::category)),
                Column.text("Status", RunFacts::status),
                new Column<>("Created At (" + zone.getId() + ")", CellFormat.DATE_TIME, RunFacts::createdAt),
                new Column<>("Duration (s)", CellFormat.SECONDS, RunFacts::durationSeconds),
                new Column<>("Waiting for approval duration (s)", CellFormat.SECONDS,
                        RunFacts::waitingForApprovalSeconds),
                new Column<>("Cycle Time (s)", CellFormat.SECONDS, RunFacts::cycleTimeSeconds),
                new Column<>("Savings lead time (h)", CellFormat.HOURS, RunFacts::savingsLeadTimeH),
                new Column<>("Savings cycle time (h)", CellFormat.HOURS, RunFacts::savingsCycleTimeH),
                Column.text("Primary Team", RunFacts::primaryTeam),
                Column.text("Primary User Group", RunFacts::primaryUserGroup),
                Column.text("Run ID", RunFacts::runId),
                new Column<>("Run URL", CellFormat.LINK, RunFacts::runUrl),
                Column.text("Action identifier", RunFacts::actionId));
    }

    /** Writes every run the iterator yields, consuming it once. */
    void write(Iterator<RunFacts> runs) {
        int sheets = 1;
        Table<RunFacts> table = table(NAME);
        while (runs.hasNext()) {
            if (table.rows() == rowsPerSheet) {
                table.fillSheet(1);
                sheets++;
                table = table(NAME + " (" + sheets + ")");
            }
            table.add(runs.next());
        }
        table.fillSheet(1);
    }

    private Table<RunFacts> table(String sheetName) {
        return new Table<>(workbook.createSheet(sheetName), 0, columns, cells, styles);
    }

    private static String action(Map<String, ActionFigures> actions, RunFacts run,
            Function<ActionFigures, String> field) {
        ActionFigures action = actions.get(run.actionId());
        return action == null ? null : field.apply(action);
    }
}
