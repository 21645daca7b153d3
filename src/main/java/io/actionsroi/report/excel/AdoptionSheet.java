package io.actionsroi.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import io.actionsroi.report.Wording;
import io.actionsroi.roi.Adoption;
import io.actionsroi.roi.PeriodFigures;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.TeamAdoption;

/**
 * The Adoption sheet: how many users and teams there are and how many ran actions in the last 30 days,
 * then one row per team, the teams that ran nothing in those days marked, and "No Team" last.
 */
final class AdoptionSheet {

    static final String NAME = "Adoption";

    private static final String NO_RUN = "No run in 30 days";
    private static final int[] COLUMN_WIDTHS = {36, 20, 14, 14, 14, 14, 20, 20};

    private final Cells cells;
    private final CellStyles styles;

    AdoptionSheet(Cells cells, CellStyles styles) {
        this.cells = cells;
        this.styles = styles;
    }

    void write(Sheet sheet, RoiResult result) {
        DocumentSheet adoption = new DocumentSheet(sheet, "Adoption", cells, styles, COLUMN_WIDTHS);
        Adoption figures = result.adoption();
        PeriodFigures month = result.periods().month().current();
        String lastMonth = " in " + Wording.month().current();
        boolean noUsers = figures.users() == null;

        adoption.section("Users and teams");
        adoption.line("Users", CellFormat.COUNT, figures.users(), noUsers
                ? "the users could not be read: see the Data quality sheet" : "in Port");
        adoption.line("Teams", CellFormat.COUNT, figures.teams(), "in Port");
        adoption.line(PeriodMeasure.ACTIVE_USERS.label() + lastMonth, CellFormat.COUNT, month.activeUsers(), null);
        adoption.line(PeriodMeasure.ACTIVE_TEAMS.label() + lastMonth, CellFormat.COUNT, month.activeTeams(),
                "No Team not counted");
        adoption.line(PeriodMeasure.NEW_USERS.label() + lastMonth, CellFormat.COUNT, month.newUsers(),
                "their first run ever");
        adoption.line("User adoption" + lastMonth, CellFormat.PERCENT, figures.userRate30d(),
                "active users per 100 users");
        adoption.line("Team adoption" + lastMonth, CellFormat.PERCENT, figures.teamRate30d(),
                "teams with a run per 100 teams");

        adoption.section("Teams");
        adoption.table(List.of(
                new Column<>("Team", CellFormat.TEXT, TeamAdoption::title, AdoptionSheet::lagging),
                Column.text("Key", TeamAdoption::key),
                new Column<>("Members", CellFormat.COUNT, TeamAdoption::members),
                new Column<>("Active members" + lastMonth, CellFormat.COUNT, TeamAdoption::activeMembers30d),
                new Column<>("Runs" + lastMonth, CellFormat.COUNT, TeamAdoption::runs30d),
                new Column<>(PeriodMeasure.LEAD_TIME_SAVINGS_H.label() + lastMonth, CellFormat.HOURS,
                        TeamAdoption::leadTimeSavingsH30d),
                new Column<>("Last run (" + result.zone().getId() + ")", CellFormat.DATE_TIME, TeamAdoption::lastRunAt),
                new Column<>(NO_RUN, CellFormat.BAD_NEWS, team -> team.lagging() ? "Yes" : null)),
                figures.teamsDetail());
        if (noUsers) {
            adoption.paragraph(null, "Members are empty: the users could not be read (see the"
                    + " Data quality sheet).");
        }
        adoption.paragraph(null, "Members: the users whose teams include the team; Active members:"
                + " those who ran any action, under any team. Runs, hours saved and the last run: the runs whose"
                + " primary team it is. No Team: the runs without a team.");
    }

    /** A team that ran nothing in the last 30 days is named in red. */
    private static CellFormat lagging(TeamAdoption team) {
        return team.lagging() ? CellFormat.BAD_NEWS : CellFormat.TEXT;
    }
}
