package io.actionsroi.report.excel;

import static io.actionsroi.report.excel.Workbooks.headers;
import static io.actionsroi.report.excel.Workbooks.number;
import static io.actionsroi.report.excel.Workbooks.range;
import static io.actionsroi.report.excel.Workbooks.rowOf;
import static io.actionsroi.report.excel.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.actionsroi.roi.Change;
import io.actionsroi.roi.MonthOfRuns;
import io.actionsroi.roi.PeriodChange;
import io.actionsroi.roi.PeriodComparison;
import io.actionsroi.roi.PeriodFigures;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.SyntheticTrends;
import io.actionsroi.roi.WeekOfRuns;

/**
 * The Trends sheet of a hand-made result in Europe/Berlin, read back with POI: every figure of every
 * period, week and month is the result's, dates are in the report's zone, and the charts show the tables.
 */
class TrendsSheetTest {

    /** The periods' figures as the sheet labels them, with the result's value and change of each. */
    private static final List<Figure> FIGURES = List.of(
            new Figure("Runs", PeriodFigures::totalRuns, PeriodChange::totalRuns),
            new Figure("Successful runs", PeriodFigures::successfulRuns, PeriodChange::successfulRuns),
            new Figure("Failed runs", PeriodFigures::failedRuns, PeriodChange::failedRuns),
            new Figure("Success rate", PeriodFigures::successRate, PeriodChange::successRate),
            new Figure("Hours saved (lead time)", PeriodFigures::leadTimeSavingsH, PeriodChange::leadTimeSavingsH),
            new Figure("Processing time saved (cycle time)", PeriodFigures::cycleTimeSavingsH,
                    PeriodChange::cycleTimeSavingsH),
            new Figure("Time waiting for approval", PeriodFigures::waitingTimeH, PeriodChange::waitingTimeH),
            new Figure("Active users", PeriodFigures::activeUsers, PeriodChange::activeUsers),
            new Figure("Active teams", PeriodFigures::activeTeams, PeriodChange::activeTeams),
            new Figure("New users", PeriodFigures::newUsers, PeriodChange::newUsers));

    @TempDir
    static Path folder;

    private static RoiResult result;
    private static XSSFWorkbook workbook;
    private static XSSFSheet trends;

    @BeforeAll
    static void writeTheWorkbook() {
        result = ReportFixture.withActionTitles(List.of("Create S3 bucket", "Restart pod"));
        workbook = Workbooks.written(result, folder.resolve("trends.xlsx"));
        trends = workbook.getSheet("Trends");
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    @Test
    void everyPeriodShowsItsBoundsInTheReportZoneAndEveryFigureWithItsChange() {
        Map<String, PeriodComparison> periods = new LinkedHashMap<>();
        periods.put("Last 24 hours vs the 24 hours before", result.periods().day());
        periods.put("Last 7 days vs the 7 days before", result.periods().week());
        periods.put("Last 30 days vs the 30 days before", result.periods().month());
        periods.put("Last 90 days vs the 90 days before", result.periods().quarter());

        periods.forEach((title, period) -> {
            int header = rowOf(trends, title) + 1;
            Map<String, Integer> headers = headers(trends, header);
            String current = title.substring(0, title.indexOf(" vs "));
            String previous = title.substring(title.indexOf(" vs the ") + " vs the ".length());
            previous = Character.toUpperCase(previous.charAt(0)) + previous.substring(1);
            assertThat(headers.keySet()).as(title)
                    .containsExactlyInAnyOrder("Figure", current, previous, "Change", "Change (%)");

            Row from = trends.getRow(header + 1);
            Row until = trends.getRow(header + 2);
            assertThat(text(from, 0)).isEqualTo("From");
            assertThat(date(from, headers.get(current))).isEqualTo(inBerlin(period.current().start()));
            assertThat(date(from, headers.get(previous))).isEqualTo(inBerlin(period.previous().start()));
            assertThat(text(until, 0)).isEqualTo("Until");
            assertThat(date(until, headers.get(current))).isEqualTo(inBerlin(period.current().end()));
            assertThat(date(until, headers.get(previous))).isEqualTo(inBerlin(period.previous().end()));

            for (int i = 0; i < FIGURES.size(); i++) {
                Figure figure = FIGURES.get(i);
                Row row = trends.getRow(header + 3 + i);
                Change change = figure.change().apply(period.change());
                assertThat(text(row, 0)).as(title).isEqualTo(figure.label());
                assertThat(number(row, headers.get(current))).as(title + ", " + figure.label())
                        .isEqualTo(figure.value().applyAsDouble(period.current()));
                assertThat(number(row, headers.get(previous))).as(title + ", " + figure.label())
                        .isEqualTo(figure.value().applyAsDouble(period.previous()));
                assertThat(number(row, headers.get("Change"))).as(title + ", " + figure.label())
                        .isEqualTo(change.absolute());
                assertThat(number(row, headers.get("Change (%)"))).as(title + ", " + figure.label())
                        .isEqualTo(change.percent());
            }
        });
        // The dates are Berlin's: the as-of instant, 2026-09-30T22:00Z, is midnight there.
        assertThat(date(trends.getRow(rowOf(trends, "Last 30 days vs the 30 days before") + 3), 1))
                .isEqualTo(LocalDateTime.of(2026, 10, 1, 0, 0));
    }

    @Test
    void aRateChangesInPointsAndAFigureThatWasNoneHasADashForItsPercentChange() throws IOException {
        int header = rowOf(trends, "Last 30 days vs the 30 days before") + 1;
        Row successRate = trends.getRow(header + 3 + 3);
        assertThat(text(successRate, 0)).isEqualTo("Success rate");
        assertThat(successRate.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0\" pts\"");
        assertThat(successRate.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");
        assertThat(successRate.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");

        try (XSSFWorkbook none = Workbooks.written(ReportFixture.withTrends(result,
                SyntheticTrends.none(ReportFixture.AS_OF), result.adoption(), null), folder.resolve("none.xlsx"))) {
            XSSFSheet sheet = none.getSheet("Trends");
            int noneHeader = rowOf(sheet, "Last 30 days vs the 30 days before") + 1;
            for (int i = 0; i < FIGURES.size(); i++) {
                Row row = sheet.getRow(noneHeader + 3 + i);
                assertThat(number(row, 3)).as(FIGURES.get(i).label()).isZero();
                assertThat(text(row, 4)).as(FIGURES.get(i).label()).isEqualTo("–");
            }
        }
    }

    @Test
    void theWeeksTableHoldsEveryWeekOfTheResult() {
        int header = rowOf(trends, "The last 12 weeks") + 1;
        Map<String, Integer> headers = headers(trends, header);
        List<WeekOfRuns> weeks = result.runsPerWeek();

        assertThat(weeks).hasSize(12);
        for (int i = 0; i < weeks.size(); i++) {
            Row row = trends.getRow(header + 1 + i);
            WeekOfRuns week = weeks.get(i);
            assertThat(number(row, headers.get("Successful"))).isEqualTo(week.successful());
            assertThat(number(row, headers.get("Failed"))).isEqualTo(week.failed());
            assertThat(number(row, headers.get("In progress"))).isEqualTo(week.inProgress());
            assertThat(number(row, headers.get("Other"))).isEqualTo(week.other());
            assertThat(number(row, headers.get("Hours saved (lead time)"))).isEqualTo(week.leadTimeSavingsH());
            assertThat(number(row, headers.get("Active users"))).isEqualTo(week.activeUsers());
            assertThat(date(row, headers.get("From"))).isEqualTo(inBerlin(week.start()));
            assertThat(date(row, headers.get("Until"))).isEqualTo(inBerlin(week.end()));
        }
        assertThat(text(trends.getRow(header + 12), headers.get("Week"))).isEqualTo("24 Sep – 30 Sep");
    }

    @Test
    void theMonthsTableHoldsEveryCalendarMonthInTheReportZone() {
        int header = rowOf(trends, "The last 12 months") + 1;
        Map<String, Integer> headers = headers(trends, header);
        List<MonthOfRuns> months = result.runsPerMonth();

        assertThat(months).hasSize(12);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Row row = trends.getRow(header + 1 + i);
            MonthOfRuns month = months.get(i);
            names.add(text(row, headers.get("Month")));
            assertThat(number(row, headers.get("Runs"))).isEqualTo(month.totalRuns());
            assertThat(number(row, headers.get("Successful runs"))).isEqualTo(month.successfulRuns());
            assertThat(number(row, headers.get("Failed runs"))).isEqualTo(month.failedRuns());
            assertThat(number(row, headers.get("Hours saved (lead time)"))).isEqualTo(month.leadTimeSavingsH());
            assertThat(number(row, headers.get("Processing time saved (cycle time)"))).isEqualTo(month.cycleTimeSavingsH());
            assertThat(number(row, headers.get("Time waiting for approval"))).isEqualTo(month.waitingTimeH());
            assertThat(number(row, headers.get("Active users"))).isEqualTo(month.activeUsers());
            assertThat(date(row, headers.get("From"))).isEqualTo(inBerlin(month.start()));
            assertThat(date(row, headers.get("Until"))).isEqualTo(inBerlin(month.end()));
        }
        assertThat(names).containsExactly("Oct 2025", "Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026",
                "Apr 2026", "May 2026", "Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026");
        // Calendar months at midnight in Berlin, across the change to summer time on 29 March.
        Row march = trends.getRow(header + 1 + names.indexOf("Mar 2026"));
        assertThat(date(march, headers.get("From"))).isEqualTo(LocalDateTime.of(2026, 3, 1, 0, 0));
        assertThat(date(march, headers.get("Until"))).isEqualTo(LocalDateTime.of(2026, 4, 1, 0, 0));
    }

    @Test
    void chartsShowTheMonthsHoursSavedAndRunsAndTheWeeksActiveUsers() {
        int weeks = rowOf(trends, "The last 12 weeks") + 1;
        int months = rowOf(trends, "The last 12 months") + 1;
        Map<String, Integer> weekHeaders = headers(trends, weeks);
        Map<String, Integer> monthHeaders = headers(trends, months);
        List<XSSFChart> charts = trends.getDrawingPatriarch().getCharts();

        assertThat(charts).extracting(chart -> chart.getTitleText().getString()).containsExactly(
                "Hours saved per month (lead time)", "Runs per month", "Active users per week");

        String monthNames = range("Trends", monthHeaders.get("Month"), months + 2, months + 13);
        XDDFBarChartData hours = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
        assertThat(hours.getBarDirection()).isEqualTo(BarDirection.COL);
        assertThat(hours.getSeriesCount()).isEqualTo(1);
        assertThat(hours.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo(monthNames);
        assertThat(hours.getSeries(0).getValuesData().getDataRangeReference())
                .isEqualTo(range("Trends", monthHeaders.get("Hours saved (lead time)"), months + 2, months + 13));
        assertThat(hours.getSeries(0).getValuesData().getPointAt(11))
                .isEqualTo(result.runsPerMonth().get(11).leadTimeSavingsH());

        XDDFBarChartData runs = (XDDFBarChartData) charts.get(1).getChartSeries().get(0);
        assertThat(runs.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo(monthNames);
        assertThat(runs.getSeries(0).getValuesData().getDataRangeReference())
                .isEqualTo(range("Trends", monthHeaders.get("Runs"), months + 2, months + 13));

        XDDFChartData users = charts.get(2).getChartSeries().get(0);
        assertThat(users).isInstanceOf(XDDFLineChartData.class);
        assertThat(users.getSeries(0).getCategoryData().getDataRangeReference())
                .isEqualTo(range("Trends", weekHeaders.get("Week"), weeks + 2, weeks + 13));
        assertThat(users.getSeries(0).getValuesData().getDataRangeReference())
                .isEqualTo(range("Trends", weekHeaders.get("Active users"), weeks + 2, weeks + 13));
        assertThat(users.getSeries(0).getValuesData().getPointAt(0)).isEqualTo((double) result.runsPerWeek().get(0).activeUsers());
    }

    @Test
    void theSummarysChartOfRunsPerWeekShowsTheWeeksTable() {
        int weeks = rowOf(trends, "The last 12 weeks") + 1;
        Map<String, Integer> headers = headers(trends, weeks);
        XSSFChart chart = workbook.getSheet("Summary").getDrawingPatriarch().getCharts().stream()
                .filter(c -> c.getTitleText().getString().equals("Runs per week by status")).findFirst().orElseThrow();
        XDDFBarChartData data = (XDDFBarChartData) chart.getChartSeries().get(0);

        assertThat(data.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            assertThat(data.getSeries(i).getCategoryData().getDataRangeReference())
                    .isEqualTo(range("Trends", headers.get("Week"), weeks + 2, weeks + 13));
            values.add(data.getSeries(i).getValuesData().getDataRangeReference());
        }
        assertThat(values).containsExactly(
                range("Trends", headers.get("Successful"), weeks + 2, weeks + 13),
                range("Trends", headers.get("Failed"), weeks + 2, weeks + 13),
                range("Trends", headers.get("In progress"), weeks + 2, weeks + 13),
                range("Trends", headers.get("Other"), weeks + 2, weeks + 13));
    }

    private static LocalDateTime inBerlin(Instant instant) {
        return LocalDateTime.ofInstant(instant, ReportFixture.BERLIN);
    }

    private static LocalDateTime date(Row row, int column) {
        return row.getCell(column).getLocalDateTimeCellValue();
    }

    private record Figure(String label, ToDoubleFunction<PeriodFigures> value, Function<PeriodChange, Change> change) {
    }
}
