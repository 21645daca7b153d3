package io.actionsroi.report.excel;

import static io.actionsroi.report.excel.Workbooks.byLabel;
import static io.actionsroi.report.excel.Workbooks.font;
import static io.actionsroi.report.excel.Workbooks.headers;
import static io.actionsroi.report.excel.Workbooks.number;
import static io.actionsroi.report.excel.Workbooks.numberOrNull;
import static io.actionsroi.report.excel.Workbooks.rowOf;
import static io.actionsroi.report.excel.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.actionsroi.roi.Adoption;
import io.actionsroi.roi.PeriodFigures;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.RunFacts;
import io.actionsroi.roi.TeamAdoption;

class AdoptionSheetTest {

    private static final String LAST_RUN = "Last run (Europe/Berlin)";
    private static final String NO_RUN = "No run in 30 days";

    @TempDir
    Path folder;

    @Test
    void countsUsersAndTeamsAndListsEveryTeamWithTheLaggingOnesMarked() throws IOException {
        RoiResult result = ReportFixture.withActionTitles(List.of("Create S3 bucket"));
        Adoption adoption = result.adoption();
        PeriodFigures month = result.periods().month().current();

        try (XSSFWorkbook workbook = write(result)) {
            XSSFSheet sheet = workbook.getSheet("Adoption");
            Map<String, Row> lines = byLabel(sheet);
            assertThat(number(lines.get("Users"), 1)).isEqualTo(adoption.users().doubleValue());
            assertThat(number(lines.get("Teams"), 1)).isEqualTo(adoption.teams());
            assertThat(number(lines.get("Active users in the last 30 days"), 1)).isEqualTo(month.activeUsers());
            assertThat(number(lines.get("Active teams in the last 30 days"), 1)).isEqualTo(month.activeTeams());
            assertThat(number(lines.get("New users in the last 30 days"), 1)).isEqualTo(month.newUsers());
            assertThat(number(lines.get("User adoption in the last 30 days"), 1)).isEqualTo(adoption.userRate30d());
            assertThat(number(lines.get("Team adoption in the last 30 days"), 1)).isEqualTo(adoption.teamRate30d());

            int header = rowOf(sheet, "Team");
            Map<String, Integer> headers = headers(sheet, header);
            List<TeamAdoption> teams = adoption.teamsDetail();
            assertThat(teams).extracting(TeamAdoption::key).containsExactly("payments", "search", RunFacts.NO_TEAM);
            for (int i = 0; i < teams.size(); i++) {
                TeamAdoption team = teams.get(i);
                Row row = sheet.getRow(header + 1 + i);
                assertThat(text(row, headers.get("Team"))).isEqualTo(team.title());
                assertThat(text(row, headers.get("Key"))).isEqualTo(team.key());
                assertThat(numberOrNull(row, headers.get("Members"))).isEqualTo(asDouble(team.members()));
                assertThat(numberOrNull(row, headers.get("Active members in the last 30 days")))
                        .isEqualTo(asDouble(team.activeMembers30d()));
                assertThat(number(row, headers.get("Runs in the last 30 days"))).isEqualTo(team.runs30d());
                assertThat(number(row, headers.get("Hours saved (lead time) in the last 30 days")))
                        .isEqualTo(team.leadTimeSavingsH30d());
                // An Excel date in the report's zone, as every date of the workbook.
                assertThat(row.getCell(headers.get(LAST_RUN)).getLocalDateTimeCellValue())
                        .isEqualTo(LocalDateTime.ofInstant(team.lastRunAt(), ReportFixture.BERLIN));
            }
            Row payments = sheet.getRow(header + 1);
            Row search = sheet.getRow(header + 2);
            Row noTeam = sheet.getRow(header + 3);
            assertThat(payments.getCell(headers.get(NO_RUN))).isNull();
            assertThat(text(search, headers.get(NO_RUN))).isEqualTo("Yes");
            assertThat(font(search, headers.get(NO_RUN)).getColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(font(search, headers.get("Team")).getColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(font(payments, headers.get("Team")).getColor()).isNotEqualTo(IndexedColors.RED.getIndex());
            assertThat(noTeam.getCell(headers.get(NO_RUN))).isNull();
            // Search last ran 45 days before the as-of instant, 22:00 UTC on 16 August: midnight in Berlin.
            assertThat(search.getCell(headers.get(LAST_RUN)).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 8, 17, 0, 0));
        }
    }

    @Test
    void leavesMembersEmptyAndSaysWhyWhenTheUsersCouldNotBeRead() throws IOException {
        RoiResult fixture = ReportFixture.withActionTitles(List.of("Create S3 bucket"));
        Adoption withoutUsers = new Adoption(null, 2, null, 50.0, List.of(
                new TeamAdoption("payments", "Payments", null, null, 120, 180.5,
                        ReportFixture.AS_OF.minus(Duration.ofHours(3))),
                new TeamAdoption("search", "Search", null, null, 0, 0, null),
                new TeamAdoption(RunFacts.NO_TEAM, RunFacts.NO_TEAM, null, null, 5, 2.5,
                        ReportFixture.AS_OF.minus(Duration.ofDays(1)))));

        try (XSSFWorkbook workbook = write(ReportFixture.withTrends(fixture, fixture.periods(), withoutUsers, null))) {
            XSSFSheet sheet = workbook.getSheet("Adoption");
            Map<String, Row> lines = byLabel(sheet);
            assertThat(lines.get("Users").getCell(1)).isNull();
            assertThat(text(lines.get("Users"), 2)).contains("could not be read");
            assertThat(lines.get("User adoption in the last 30 days").getCell(1)).isNull();
            int header = rowOf(sheet, "Team");
            Map<String, Integer> headers = headers(sheet, header);
            for (int i = 1; i <= 3; i++) {
                assertThat(sheet.getRow(header + i).getCell(headers.get("Members"))).isNull();
                assertThat(sheet.getRow(header + i).getCell(headers.get("Active members in the last 30 days"))).isNull();
            }
            // A team that never ran has no last run.
            assertThat(sheet.getRow(header + 2).getCell(headers.get(LAST_RUN))).isNull();
            assertThat(text(sheet.getRow(header + 4), 1)).startsWith("Members are empty: the users could not be read");
        }
    }


    private static Double asDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }

    private XSSFWorkbook write(RoiResult result) {
        return Workbooks.written(result, folder.resolve("adoption.xlsx"));
    }
}
