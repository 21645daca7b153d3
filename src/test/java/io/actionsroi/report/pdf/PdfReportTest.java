package io.actionsroi.report.pdf;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.actionsroi.DemoExport;
import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.Adoption;
import io.actionsroi.roi.BusinessValue;
import io.actionsroi.roi.BusinessValue.PlatformReturn;
import io.actionsroi.roi.DataQuality;
import io.actionsroi.roi.DataQualityIssue;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.Measure;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.MonthOfRuns;
import io.actionsroi.roi.OrganisationShare;
import io.actionsroi.roi.PeriodComparison;
import io.actionsroi.roi.PeriodFigures;
import io.actionsroi.roi.ReportScope;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.Rollup;
import io.actionsroi.roi.TeamAdoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@ExtendWith(OutputCaptureExtension.class)
class PdfReportTest {

    private static final Instant GENERATED_AT = Instant.parse("2026-10-01T06:30:00Z");
    /** A row of the synthetic actions' table: "Synthetic action 0042 Infrastructure 43 100.0% ...". */
    private static final Pattern ACTION_ROW = Pattern.compile("(?m)^Synthetic action \\d{4} Infrastructure \\d");
    private static final PdfProperties PROPERTIES = new PdfProperties("Example Corp", null, "#1F4E79", List.of());
    private static final String MONTH_BEFORE = "the 30 days before";
    private static final String NOT_READ = "\u2013";
    /** The last words of the first page. */
    private static final String FIRST_PAGE_END = "how each figure is computed and what the figures leave out.";

    private static RoiResult demo;
    private static Path demoPdf;
    private static PdfPages demoPages;

    @TempDir
    static Path folder;

    @BeforeAll
    static void writeTheDemoReport() throws IOException {
        demo = DemoExport.result(GENERATED_AT);
        demoPdf = folder.resolve("demo").resolve(PdfReport.fileName(demo.reportDate()));
        new PdfReport(PROPERTIES).write(demo, demoPdf);
        demoPages = PdfPages.read(demoPdf);
    }

    @Test
    void aTeamsReportNamesTheTeamListsOnlyItsActionsAndGivesNoShareOfAnOrganisationThatSavedNoTime()
            throws IOException {
        RoiResult team = SyntheticResults.forTeam(SyntheticResults.of(List.of(
                        SyntheticResults.action("ran", "Action the team ran", 4),
                        SyntheticResults.action("idle", "Action the team never ran", 0))),
                new ReportScope("payments/eu", "Payments EU"), new OrganisationShare(100, 80.0, -5.0, 0.0));
        Path pdf = folder.resolve("team").resolve("team.pdf");

        new PdfReport(PROPERTIES).write(team, pdf);

        PdfPages pages = PdfPages.read(pdf);
        assertThat(pages.joined(1)).contains("Team report: Payments EU",
                "Payments EU saved 4.000 h of the organisation's -5.000 h; in the last 30 days,",
                "100.0% of the team's runs, against 80.0% of the organisation's (▲ 20.0 pts).")
                .doesNotContain("-5.000 h (");
        assertThat(pages.joined()).contains("Action the team ran").doesNotContain("Action the team never ran");
    }

    @Test
    void namesTheFileAfterTheReportDate() {
        assertThat(PdfReport.fileName(LocalDate.of(2026, 9, 30))).isEqualTo("actions-roi-2026-09-30.pdf");
        assertThat(demoPdf.getParent()).isDirectoryContaining(path -> path.equals(demoPdf));
        assertThat(folder.resolve("demo")).isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void theFirstPageShowsTheHeadlineFiguresWithThreeDecimalsAndTheHighlightsAsSentences() {
        String firstPage = demoPages.joined(1);

        assertThat(firstPage).contains("Actions ROI report", "Example Corp",
                "Report date 2026-09-30 (UTC): runs created before 2026-10-01 00:00 UTC");
        assertThat(firstPage).contains("Total hours saved", "71,525.277",
                "Total processing time saved", "14,850.708",
                "Total time waiting for approval", "432.556",
                "Runs", "2,455", "Success rate", "71.1%");
        assertThat(firstPage).contains(
                "Most run this week: Create S3 bucket (60 runs).",
                "Action that saved the most hours: Scaffold microservice (15,720.287 h).",
                "Category that saved the most hours: Access & permissions (20,930.343 h).");
    }

    @Test
    void eachTileAddsItsLast30DaysAndTheirChangeAgainstThe30DaysBeforeColouredByWhetherItIsGoodNews() {
        PeriodFigures now = demo.periods().month().current();
        PeriodFigures before = demo.periods().month().previous();
        PeriodComparison week = demo.periods().week();
        String hoursSaved = versus(now.leadTimeSavingsH(), before.leadTimeSavingsH(), MONTH_BEFORE);
        String waiting = versus(now.waitingTimeH(), before.waitingTimeH(), MONTH_BEFORE);
        String successRate = pointsVersus(now.successRate(), before.successRate(), MONTH_BEFORE);
        String weekRuns = versus(week.current().totalRuns(), week.previous().totalRuns(), "the 7 days before");

        assertThat(demoPages.joined(1)).contains(
                "Total hours saved Lead time 71,525.277 hours " + hours(now.leadTimeSavingsH())
                        + " h in the last 30 days " + hoursSaved,
                "Total processing time saved Cycle time 14,850.708 hours " + hours(now.cycleTimeSavingsH())
                        + " h in the last 30 days " + versus(now.cycleTimeSavingsH(), before.cycleTimeSavingsH(), MONTH_BEFORE),
                "Total time waiting for approval Approvals 432.556 hours " + hours(now.waitingTimeH())
                        + " h in the last 30 days " + waiting,
                "Runs Up to the report date 2,455 runs " + count(now.totalRuns()) + " runs in the last 30 days "
                        + versus(now.totalRuns(), before.totalRuns(), MONTH_BEFORE),
                "Success rate Of all runs 71.1% successful " + percent(now.successRate()) + " in the last 30 days "
                        + successRate,
                "Runs in the last 7 days Failure rate 12.7% 440 runs " + count(week.previous().totalRuns())
                        + " runs in the 7 days before " + weekRuns);
        // the demo grows: more hours saved (good), more waiting (bad), a lower success rate (bad)
        assertThat(hoursSaved).startsWith("▲");
        assertThat(waiting).startsWith("▲");
        assertThat(successRate).startsWith("▼");
        assertThat(demoPages.colours(1, "h in the last 30 days", hoursSaved)).containsExactly(Theme.GOOD);
        assertThat(demoPages.colours(1, hours(now.waitingTimeH()) + " h in the last 30 days", waiting))
                .containsExactly(Theme.BAD);
        assertThat(demoPages.colours(1, percent(now.successRate()) + " in the last 30 days", successRate))
                .containsExactly(Theme.BAD);
        assertThat(demoPages.colours(1, "runs in the 7 days before", weekRuns)).containsExactly(Theme.GOOD);
    }

    @Test
    void theFirstPageAnswersIsItGrowingWhoUsesItAndWhatIsItWorthAndStaysOnePage() {
        PeriodComparison month = demo.periods().month();
        PeriodComparison quarter = demo.periods().quarter();
        Adoption adoption = demo.adoption();
        List<TeamAdoption> teams = adoption.teamsDetail().stream().filter(team -> !team.key().equals("No Team")).toList();
        long activeTeams = teams.stream().filter(team -> team.runs30d() > 0).count();
        List<String> lagging = teams.stream().filter(team -> team.runs30d() == 0).map(TeamAdoption::title).toList();
        String firstPage = demoPages.joined(1);

        assertThat(lagging).containsExactly("Quality assurance");
        assertThat(firstPage).containsSubsequence("Is self-service working?",
                "Is it growing? Yes: " + hours(month.current().leadTimeSavingsH()) + " h saved in the last 30 days, "
                        + versus(month.current().leadTimeSavingsH(), month.previous().leadTimeSavingsH(), MONTH_BEFORE)
                        + " (" + count(month.current().totalRuns()) + " runs, "
                        + versus(month.current().totalRuns(), month.previous().totalRuns(), MONTH_BEFORE) + "); "
                        + hours(quarter.current().leadTimeSavingsH()) + " h in the last 90 days, "
                        + versus(quarter.current().leadTimeSavingsH(), quarter.previous().leadTimeSavingsH(),
                                "the 90 days before") + ".",
                "Who uses it? " + count(month.current().activeUsers()) + " people in "
                        + count(month.current().activeTeams()) + " teams ran actions in the last 30 days: "
                        + percent(100.0 * month.current().activeUsers() / adoption.users()) + " of "
                        + count(adoption.users()) + " users and " + percent(100.0 * activeTeams / teams.size())
                        + " of " + count(teams.size()) + " teams; " + count(month.current().newUsers())
                        + " new users. 1 team ran none in the last 30 days: Quality assurance.",
                "What is it worth? Set report.hourly-cost",
                "Highlights", "Most run this week:", FIRST_PAGE_END);
        // the first page's last words are on it, and the Trends page, which starts a page, is the second
        assertThat(demoPages.joined(2)).contains(TrendsSection.TITLE).doesNotContain("Highlights", FIRST_PAGE_END);
    }

    @Test
    void theTrendsPageChartsTheMonthsAndTheWeeksAndTablesTheAdoptionByTeamLaggingTeamsMarked() {
        String trends = demoPages.joined(2);
        MonthOfRuns lastMonth = demo.runsPerMonth().get(demo.runsPerMonth().size() - 1);
        List<String> rows = demo.adoption().teamsDetail().stream().map(this::adoptionRow).toList();

        assertThat(trends).contains("Hours saved per month", "Runs per month", "Active users per week",
                String.format(Locale.ENGLISH, "%,.0f", lastMonth.leadTimeSavingsH()), count(lastMonth.totalRuns()),
                "Oct 2025", "Sep 2026", "24 Sep");
        assertThat(trends).containsSubsequence("Adoption by team",
                "Team Members Active members in 30 days Runs in 30 days Hours saved in 30 days Last run");
        assertThat(rows).hasSize(10).contains("Quality assurance no run in 30 days 5 0 0 0.000 never")
                .last().asString().startsWith("No Team " + NOT_READ + " " + NOT_READ + " ");
        assertThat(trends).containsSubsequence(rows);
        assertThat(trends.split("no run in 30 days", -1)).hasSize(2);
        assertThat(demoPages.colours(2, "Quality assurance", "no run in 30 days")).containsExactly(Theme.BAD);
        // the three charts are vector drawings, like every chart of the report: no picture anywhere
        assertThat(demoPages.forms(2) - demoPages.forms(1)).isEqualTo(3);
        assertThat(demoPages.images()).isZero();
    }

    /** A row of the adoption table as the test expects it: "Growth 8 8 122 3,375.939 2026-09-30". */
    private String adoptionRow(TeamAdoption team) {
        boolean lagging = team.runs30d() == 0 && !team.key().equals("No Team");
        return team.title() + (lagging ? " no run in 30 days" : "") + " "
                + (team.members() == null ? NOT_READ : count(team.members())) + " "
                + (team.activeMembers30d() == null ? NOT_READ : count(team.activeMembers30d())) + " "
                + count(team.runs30d()) + " " + hours(team.leadTimeSavingsH30d()) + " "
                + (team.lastRunAt() == null ? "never" : team.lastRunAt().atZone(demo.zone()).toLocalDate().toString());
    }

    @Test
    void everyActionTitlePrintsAsWrittenMarkupAndFormulasIncluded() {
        String text = demoPages.joined();
        List<String> titles = demo.actions().stream()
                .map(ActionFigures::title)
                .filter(title -> !needsCjkFont(title))
                .toList();

        assertThat(titles).contains("<script>alert(1)</script> Purge cache", "=HYPERLINK(\"http://x\",\"y\")",
                "Деплой в прод", "Créer un bucket S3 — équipe Zürich").hasSize(demo.actions().size() - 1);
        assertThat(text).contains(titles);
    }

    @Test
    void cjkTitlesPrintWithASystemCjkFont() {
        assumeCjkFont();

        String text = demoPages.joined();

        assertThat(text).contains("创建开发环境").doesNotContain("\uFFFD");
        assertThat(text).contains("Every character of the data printed as written");
    }

    @Test
    void chartLabelsPrintCyrillicAndGreekTitlesInTheEmbeddedFonts(@TempDir Path dir) throws IOException {
        PdfPages pdf = chartsOf(dir, "Деплой в прод", "Ανάπτυξη στην παραγωγή");

        assertThat(pdf.text(3)).contains("Top 10 actions by hours saved", "Деплой в прод", "Ανάπτυξη στην παραγωγή");
        assertThat(pdf.chartFonts()).isNotEmpty().allMatch(PDFont::isEmbedded);
    }

    @Test
    void chartLabelsPrintCjkTitlesInTheEmbeddedFonts(@TempDir Path dir) throws IOException {
        assumeCjkFont();

        PdfPages pdf = chartsOf(dir, "创建开发环境");

        assertThat(pdf.text(3)).contains("Top 10 actions by hours saved", "创建开发环境");
        assertThat(pdf.chartFonts()).isNotEmpty().allMatch(PDFont::isEmbedded);
    }

    /** The report of actions with these titles, each saving time, so that each is in the top actions chart. */
    private static PdfPages chartsOf(Path dir, String... titles) throws IOException {
        List<ActionFigures> actions = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            actions.add(SyntheticResults.action("action_" + i, titles[i], 10 + i));
        }
        Path pdf = dir.resolve("charts.pdf");
        new PdfReport(PROPERTIES).write(SyntheticResults.of(actions), pdf);
        return PdfPages.read(pdf);
    }

    @Test
    void theCategoryChartShowsTheNineLargestCategoriesAndTheRestInOneBar(@TempDir Path dir) throws IOException {
        List<Rollup> categories = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new Rollup(String.format("category_%02d", i), String.format("Category %02d", i),
                        SyntheticResults.action("action_" + i, "Action " + i, i).figures()))
                .toList();
        RoiResult result = SyntheticResults.withCategories(
                SyntheticResults.of(List.of(SyntheticResults.action("restart_pod", "Restart pod", 78))), categories);
        Path pdf = dir.resolve("categories.pdf");

        new PdfReport(PROPERTIES).write(result, pdf);

        assertThat(PdfPages.read(pdf).text(3)).contains("Hours saved by category", "Category 12", "Category 04",
                "3 other categories").doesNotContain("Category 03");
    }

    @Test
    void everyFontOnEveryPageAndInEveryChartIsEmbedded() {
        assertThat(demoPages.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded, "embedded");
        assertThat(demoPages.chartFonts()).as("the charts' fonts").isNotEmpty();
    }

    @Test
    void theSampleTakesAFewPagesEachWithItsFooter() {
        int pages = demoPages.count();

        assertThat(pages).isBetween(6, 14);
        for (int page = 1; page <= pages; page++) {
            assertThat(demoPages.joined(page)).contains("Page " + page + " of " + pages,
                    "report date 2026-09-30", "Generated 2026-10-01 06:30 UTC from demo/port-export");
        }
    }

    @Test
    void theMethodSectionDefinesTheFiguresAndListsWhatTheyLeaveOut() {
        String text = demoPages.joined();

        assertThat(text).contains("Method and data quality", "Baselines",
                Measure.TOTAL_LEAD_TIME_SAVINGS_H.definition(),
                "Total lead time savings (h) (total_lead_time_savings_h)",
                "45 runs were left out of every figure", "Runs of no known action", "Runs created after the as-of time",
                "Create dev environment", "no lead_time_before baseline: its runs claim no such saving");
        assertThat(text).contains("Trends, adoption and value", "No hourly cost is set (report.hourly-cost)");
        assertThat(text).containsSubsequence("Periods and their change", "Months Calendar months in UTC",
                "Active users", "Active teams", "New users", "Adoption rates", "Adoption by team",
                "Value of a year Annualised hours = hours saved in the last 90 days x 365 / 90");
    }

    @Test
    void manyDataQualityEntitiesAreCountedAndTheFirstHundredListed(@TempDir Path dir) throws IOException {
        RoiResult result = SyntheticResults.withOrphanRuns(
                SyntheticResults.of(List.of(SyntheticResults.action("restart_pod", "Restart pod", 2))), 250);
        Path pdf = dir.resolve("orphans.pdf");

        new PdfReport(PROPERTIES).write(result, pdf);

        assertThat(PdfPages.read(pdf).joined()).contains("250 runs were left out of every figure",
                "Runs of no known action 250",
                "The first 100 of the 250 entities concerned (the JSON summary lists them all):",
                "action_run r_100 ").doesNotContain("action_run r_101 ");
    }

    @Test
    void aCharacterNoFontHasIsListedInDataQualityAndLogged(@TempDir Path dir, CapturedOutput output)
            throws IOException {
        RoiResult result = SyntheticResults.of(List.of(
                SyntheticResults.action("private_use", "Deploy \uE000 now", 3),
                SyntheticResults.action("plain", "Restart pod", 2)));
        Path pdf = dir.resolve("missing-glyph.pdf");

        new PdfReport(PROPERTIES).write(result, pdf);

        assertThat(PdfPages.read(pdf).joined()).contains("Characters the fonts lack", "Action title",
                "Deploy \uFFFD now", "U+E000");
        assertThat(output.getOut()).contains("WARN", "Deploy \uE000 now", "U+E000", "report.pdf.fallback-fonts");
    }

    @Test
    void anHourlyCostPricesTheHoursAndSaysWhatAYearIsWorthAtTheLastQuartersPace(@TempDir Path dir)
            throws IOException {
        RoiResult runs = SyntheticResults.of(List.of(SyntheticResults.action("restart_pod", "Restart pod", 4)));
        // the model's value, at EUR 125.50 an hour, 60% of the time credited, a platform of EUR 2,500 a year
        double annualHours = runs.periods().quarter().current().leadTimeSavingsH() * 365 / 90;
        double value = annualHours * 125.5 * 0.6;
        RoiResult result = SyntheticResults.valued(SyntheticResults.priced(runs, new MoneyValue(80, "EUR", 320, 80)),
                new BusinessValue(125.5, "EUR", 0.6, 1760, annualHours, value, annualHours * 0.6 / 1760,
                        new PlatformReturn(2500.0, value - 2500, (value - 2500) / 2500 * 100)));
        Path pdf = dir.resolve("priced.pdf");

        new PdfReport(PROPERTIES).write(result, pdf);

        PdfPages pages = PdfPages.read(pdf);
        assertThat(pages.joined(1)).contains(
                "Worth EUR 320 in hours saved and EUR 80 in processing time saved, at EUR 80.00 an hour.",
                String.format(Locale.ENGLISH, "What is it worth? EUR %,.0f a year at the pace of the last 90 days"
                        + " (%,.0f h, %,.1f full-time people, 60%% of the time saved credited to self-service);"
                        + " EUR %,.0f net of the platform's EUR 2,500 a year, a return of %.1f%%.", value, annualHours,
                        annualHours * 0.6 / 1760, value - 2500, (value - 2500) / 2500 * 100));
        assertThat(pages.joined()).contains("This report: EUR 125.50 an hour (report.hourly-cost), an attribution of"
                + " 60.0% (report.value.attribution), 1,760 working hours a year (report.value.fte-hours-per-year)"
                + " and a platform cost of EUR 2,500 a year (report.value.platform-cost-per-year).");
    }

    @Test
    void runsThatAllStartedInTheLast30DaysCompareWithNoneAndTeamsWithoutUsersShowNoMembers(@TempDir Path dir)
            throws IOException {
        RoiResult firstMonth = SyntheticResults.withPeriods(
                SyntheticResults.of(List.of(SyntheticResults.action("restart_pod", "Restart pod", 30))),
                SyntheticResults.firstMonth(30));
        RoiResult result = SyntheticResults.withAdoption(firstMonth, new Adoption(null, 2, null, 50.0, List.of(
                        new TeamAdoption("payments", "Payments", null, null, 30, 45, Instant.parse("2026-09-29T10:00:00Z")),
                        new TeamAdoption("search", "Search", null, null, 0, 0, null),
                        new TeamAdoption("No Team", "No Team", null, null, 0, 0, null))),
                new DataQuality(Map.of(IssueKind.USER_DIRECTORY_UNAVAILABLE.key(), 1L), List.of(new DataQualityIssue(
                        IssueKind.USER_DIRECTORY_UNAVAILABLE, "_user", null, "no _user.json in the export folder"))));
        Path pdf = dir.resolve("first-month.pdf");

        new PdfReport(PROPERTIES).write(result, pdf);

        PdfPages pages = PdfPages.read(pdf);
        PeriodFigures now = result.periods().month().current();
        assertThat(pages.joined(1)).contains(
                "Total hours saved Lead time 30.000 hours " + hours(now.leadTimeSavingsH())
                        + " h in the last 30 days ▲ from none in the 30 days before",
                "Success rate Of all runs 100.0% successful " + percent(now.successRate())
                        + " in the last 30 days ▲ from none in the 30 days before",
                "0 runs in the 7 days before ▲ from none in the 7 days before",
                "Who uses it? 3 people in 1 team ran actions in the last 30 days: 50.0% of 2 teams; 3 new users."
                        + " 1 team ran none in the last 30 days: Search.");
        // no rate against a period without runs: neither good nor bad news
        assertThat(pages.colours(1, "in the last 30 days", "▲ from none in the 30 days before"))
                .containsExactly(Theme.GOOD);
        assertThat(pages.colours(1, percent(now.successRate()) + " in the last 30 days",
                "▲ from none in the 30 days before")).containsExactly(Theme.MUTED);
        assertThat(pages.joined(2)).contains("Users that could not be read.",
                "Payments " + NOT_READ + " " + NOT_READ + " 30 45.000 2026-09-29",
                "Search no run in 30 days " + NOT_READ + " " + NOT_READ + " 0 0.000 never",
                "No Team " + NOT_READ + " " + NOT_READ + " 0 0.000 never");
        assertThat(pages.joined()).doesNotContain("NaN", "Infinity");
    }

    @Test
    void aResultWithoutActionsSaysNoRunsInThisPeriod(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("empty.pdf");

        new PdfReport(PROPERTIES).write(SyntheticResults.of(List.of()), pdf);

        assertNoRunsReport(PdfPages.read(pdf));
    }

    @Test
    void aResultWithActionsButNoRunsSaysNoRunsInThisPeriod(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("no-runs.pdf");

        new PdfReport(PROPERTIES).write(SyntheticResults.of(List.of(
                SyntheticResults.action("create_s3_bucket", "Create S3 bucket", 0),
                SyntheticResults.action("restart_pod", "Restart pod", 0))), pdf);

        PdfPages pages = PdfPages.read(pdf);
        assertNoRunsReport(pages);
        assertThat(pages.text(1)).contains("No run of the 2 actions was created before 2026-10-01 00:00 UTC");
    }

    @Test
    void aBigOrganisationKeepsItsFirstPageToOnePageAndItsTablesRunOverManyPagesEachWithItsHeader(@TempDir Path dir)
            throws IOException {
        Adoption teams = SyntheticResults.manyTeams(400);
        RoiResult result = SyntheticResults.withAdoption(SyntheticResults.of(SyntheticResults.manyActions(3000)), teams,
                new DataQuality(Map.of(), List.of()));
        result = SyntheticResults.valued(result, new BusinessValue(125.5, "EUR", 0.6, 1760, 12_345_678.9,
                929_629_621.17, 4_208.75, new PlatformReturn(2_500_000.0, 927_129_621.17, 37_085.18)));
        Path pdf = dir.resolve("many.pdf");

        new PdfReport(PROPERTIES).write(result, pdf);

        PdfPages pages = PdfPages.read(pdf);
        long lagging = teams.teamsDetail().stream()
                .filter(team -> team.runs30d() == 0 && !team.key().equals("No Team")).count();
        assertThat(pages.joined(1)).contains(lagging + " teams ran none in the last 30 days: Platform engineering"
                + " and developer experience 0003, ", "and " + (lagging - 5) + " more.", "What is it worth? EUR",
                FIRST_PAGE_END);
        assertThat(pages.joined(2)).contains(TrendsSection.TITLE).doesNotContain(FIRST_PAGE_END);
        List<Integer> tablePages = new ArrayList<>();
        for (int page = 1; page <= pages.count(); page++) {
            String text = pages.text(page);
            if (ACTION_ROW.matcher(text).find()) {
                tablePages.add(page);
                assertThat(text).as("page %d", page).contains("Action Category Runs Success");
            }
        }
        assertThat(tablePages).hasSizeGreaterThan(40);
        String text = pages.joined();
        assertThat(text).contains("Synthetic action 0001", "Synthetic action 1500", "Synthetic action 3000");
        assertThat(text).containsSubsequence("Adoption by team", "developer experience 0001",
                "developer experience 0400", "No Team " + NOT_READ, "Where the time is saved");
    }

    private static void assertNoRunsReport(PdfPages pages) {
        assertThat(pages.count()).isBetween(2, 3);
        assertThat(pages.text(1)).contains("Actions ROI report", "No runs in this period", "Page 1 of");
        assertThat(pages.joined()).contains("Method and data quality")
                .doesNotContain("Where the time is saved", TrendsSection.TITLE, "NaN", "Infinity");
        assertThat(pages.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded);
    }

    /** The CJK title needs a CJK font: skipped without one, unless CI says it installed one. */
    private static void assumeCjkFont() {
        boolean present = ReportFonts.SYSTEM_CJK_FONTS.stream().anyMatch(Files::isRegularFile);
        assumeTrue(present || System.getenv("ACTIONS_ROI_REQUIRE_CJK_FONT") != null,
                "no system CJK font (install fonts-noto-cjk); set ACTIONS_ROI_REQUIRE_CJK_FONT to fail instead");
    }

    private static boolean needsCjkFont(String title) {
        return title.codePoints().anyMatch(codePoint -> UnicodeScript.of(codePoint) == UnicodeScript.HAN);
    }

    private static String hours(double hours) {
        return String.format(Locale.ENGLISH, "%,.3f", hours);
    }

    private static String count(long count) {
        return String.format(Locale.ENGLISH, "%,d", count);
    }

    private static String percent(double percent) {
        return String.format(Locale.ENGLISH, "%.1f%%", percent);
    }

    /**
     * How a figure moved, as the model defines a change: the difference as a percentage of the previous value's
     * magnitude, "from none" when there was none before.
     */
    private static String versus(double current, double previous, String periodBefore) {
        double difference = current - previous;
        if (difference == 0) {
            return "no change from " + periodBefore;
        }
        String arrow = difference > 0 ? "▲" : "▼";
        if (previous == 0) {
            return arrow + " from none in " + periodBefore;
        }
        return String.format(Locale.ENGLISH, "%s %.1f%% vs %s", arrow, Math.abs(difference) / Math.abs(previous) * 100,
                periodBefore);
    }

    /** How a rate moved, in percentage points. */
    private static String pointsVersus(double current, double previous, String periodBefore) {
        double difference = current - previous;
        return String.format(Locale.ENGLISH, "%s %.1f pts vs %s", difference > 0 ? "▲" : "▼", Math.abs(difference),
                periodBefore);
    }
}
