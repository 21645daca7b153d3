package io.actionsroi.delivery;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.actionsroi.DemoExport;
import io.actionsroi.report.Wording;
import io.actionsroi.report.json.SummaryJson;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.OrganisationShare;
import io.actionsroi.roi.Periods;
import io.actionsroi.roi.ReportScope;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.SyntheticTrends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EmailTemplatesTest {

    private static final Path PROJECT_TEMPLATES = Path.of("reports-templates", "email");
    private static final RoiResult DEMO = DemoExport.result(Instant.parse("2026-10-01T06:00:00Z"));
    private static final Path REPORT_FOLDER = Path.of("reports", "2026-09-30");
    private static final AttachmentPlan NOTHING_ATTACHED = new AttachmentPlan(List.of(), List.of());
    /** The colours of good and bad news in the HTML. */
    private static final String GOOD = "#047857";
    private static final String BAD = "#b91c1c";
    private static final Pattern CELL = Pattern.compile("<td([^>]*)>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern COLOUR = Pattern.compile("(?<![-\\w])color:\\s*(#[0-9a-f]{6})");

    @TempDir
    Path folder;

    @Test
    void theCopiesBuiltIntoTheJarRenderExactlyAsTheProjectsTemplates() {
        // given: a working directory without reports-templates/ (the built-in copies) and the project's folder
        EmailModel model = modelOfTheDemoReport();

        // when
        EmailTemplates.Bodies builtIn = EmailTemplates.builtIn().render(model);
        EmailTemplates.Bodies project = EmailTemplates.from(PROJECT_TEMPLATES).render(model);

        // then
        assertThat(builtIn.html()).contains("Create S3 bucket").isEqualTo(project.html());
        assertThat(builtIn.text()).isEqualTo(project.text());
    }

    @Test
    void aTeamsEmailSaysWhoseItIsItsShareOfTheHoursAndItsSuccessRateAgainstTheOrganisations() {
        // given: the demo's figures as a team's, in an organisation that saved four times its hours (twice in
        // the last 30 days) at a success rate of 80%
        double teamHours = DEMO.totals().figures().totalLeadTimeSavingsH();
        double teamMonth = DEMO.periods().month().current().leadTimeSavingsH();
        double teamRate = DEMO.totals().figures().successRate();
        EmailModel model = EmailModel.of(asTeam(DEMO, new OrganisationShare(9999, 80.0, 4 * teamHours, 2 * teamMonth)),
                NOTHING_ATTACHED, REPORT_FOLDER, settings(Map.of()), DeliveryMode.email(), ArchiveOutcome.none());

        // when
        EmailTemplates.Bodies builtIn = EmailTemplates.builtIn().render(model);
        EmailTemplates.Bodies project = EmailTemplates.from(PROJECT_TEMPLATES).render(model);

        // then
        String share = String.format(Locale.ENGLISH, "Platform & Co saved %,.1f h of the organisation's %,.1f h (25.0%%);"
                + " in the last 30 days, %,.1f h of the organisation's %,.1f h (50.0%%).", teamHours, 4 * teamHours, teamMonth, 2 * teamMonth);
        String below = String.format(Locale.ENGLISH, "%.1f%% of the team's runs, against 80.0%% of the organisation's"
                + " (▼ %.1f pts).", teamRate, 80.0 - teamRate);
        assertThat(model.subject()).startsWith("Platform & Co: Actions ROI 2026-09-30: ");
        assertThat(builtIn.text()).contains("SELF-SERVICE ACTIONS ROI, Platform & Co, REPORT FOR 2026-09-30")
                .contains("Share of the hours saved: " + share)
                .contains("Success rate: " + below);
        assertThat(builtIn.html()).contains("Platform &amp; Co: report for 2026-09-30")
                .contains(below.replace("'", "&#39;"))
                .isEqualTo(project.html());
        assertThat(builtIn.text()).isEqualTo(project.text());
    }

    @Test
    void aTemplatesFolderWithoutTheTeamTemplatesUsesTheBuiltInOnesButOneWithoutTheOtherIsRefused() throws Exception {
        Files.writeString(folder.resolve("report.html"), "<p th:text=\"${email.subject}\">subject</p>");
        Files.writeString(folder.resolve("report.txt"), "Edited: [(${email.subject})]");
        EmailModel team = EmailModel.of(asTeam(DEMO, new OrganisationShare(1, 50.0, 1, 1)), NOTHING_ATTACHED,
                REPORT_FOLDER, settings(Map.of()), DeliveryMode.email(), ArchiveOutcome.none());

        assertThat(EmailTemplates.from(folder).render(team).text())
                .isEqualTo(EmailTemplates.builtIn().render(team).text());

        Files.writeString(folder.resolve("team-report.txt"), "Team: [(${email.team.title})]");
        assertThatIllegalStateException().isThrownBy(() -> EmailTemplates.from(folder))
                .withMessageContaining(folder.resolve("team-report.html").toAbsolutePath().toString())
                .withMessageContaining("does not exist");

        Files.writeString(folder.resolve("team-report.html"), "<p th:text=\"${email.team.share.text}\">share</p>");
        assertThat(EmailTemplates.from(folder).render(team).text()).isEqualTo("Team: Platform & Co");
        assertThat(EmailTemplates.from(folder).render(modelOfTheDemoReport()).text()).startsWith("Edited: ");
    }

    @Test
    void editedTemplatesInAFolderAreReadWithoutRebuilding() throws Exception {
        Files.writeString(folder.resolve("report.html"), "<p th:text=\"${email.subject}\">subject</p>");
        Files.writeString(folder.resolve("report.txt"), "Edited: [(${email.subject})]");

        EmailTemplates.Bodies bodies = EmailTemplates.from(folder).render(modelOfTheDemoReport());

        assertThat(bodies.text()).startsWith("Edited: Actions ROI 2026-09-30:");
        assertThat(bodies.html()).startsWith("<p>Actions ROI 2026-09-30:");
    }

    @Test
    void aTemplatesFolderThatIsSetButLacksATemplateIsRefusedNamingTheSetting() throws Exception {
        Files.writeString(folder.resolve("report.html"), "<p>only html</p>");

        assertThatIllegalStateException().isThrownBy(() -> EmailTemplates.from(folder))
                .withMessageContaining(folder.resolve("report.txt").toString())
                .withMessageContaining("report.email.templates-dir");
    }

    @Test
    void theEmailLinksToTheArchivedPdfOrSaysWhereTheReportsAreAndThatTheArchiveFailed() {
        String folderPath = REPORT_FOLDER.toAbsolutePath().normalize().toString();
        URI link = URI.create("https://s3.example.com/reports/actions-roi/2026-09-30/actions-roi-2026-09-30.pdf"
                + "?X-Amz-Signature=abc&X-Amz-Expires=604800");

        // the organisation's email, and a team's: each links to its own PDF in the archive
        for (RoiResult result : List.of(DEMO, asTeam(DEMO, new OrganisationShare(1, 50.0, 1, 1)))) {
            EmailTemplates.Bodies archived = render(result, new ArchiveOutcome(link, false));
            EmailTemplates.Bodies off = render(result, ArchiveOutcome.none());
            EmailTemplates.Bodies failed = render(result, new ArchiveOutcome(null, true));

            assertThat(archived.text()).contains("PDF report in the archive: " + link)
                    .doesNotContain("could not all be archived");
            assertThat(archived.html()).contains("href=\"" + link.toString().replace("&", "&amp;") + "\"");
            assertThat(off.text()).contains("The full reports are in " + folderPath).doesNotContain("in the archive")
                    .doesNotContain("archived");
            assertThat(off.html()).doesNotContain("in the archive").doesNotContain("archived");
            for (String body : List.of(failed.text(), failed.html())) {
                assertThat(body).contains("could not all be archived this time").contains(folderPath)
                        .doesNotContain("PDF report in the archive").doesNotContain("Open the PDF report");
            }
        }
    }

    private static EmailTemplates.Bodies render(RoiResult result, ArchiveOutcome archive) {
        return EmailTemplates.builtIn().render(EmailModel.of(result, NOTHING_ATTACHED, REPORT_FOLDER,
                settings(Map.of()), DeliveryMode.email(), archive));
    }

    @Test
    void theHeadlineTableShowsEachFiguresLast30DaysAndItsChangeColouredByWhetherItIsGoodNews() {
        // given
        JsonNode summary = summaryOf(DEMO);
        JsonNode totals = summary.get("totals");
        JsonNode current = SummaryWords.month(summary).get("current");
        JsonNode change = SummaryWords.month(summary).get("change");

        // when
        EmailTemplates.Bodies bodies = EmailTemplates.builtIn().render(modelOfTheDemoReport());

        // then: more hours saved is good news, more waiting and a lower success rate are not
        List<Headline> headline = List.of(
                new Headline("Total hours saved", "lead time", hours(totals, "total_lead_time_savings_h"),
                        hours(current, "lead_time_savings_h"), change.get("lead_time_savings_h"), false, true),
                new Headline("Total processing time saved", "cycle time", hours(totals, "total_cycle_time_savings_h"),
                        hours(current, "cycle_time_savings_h"), change.get("cycle_time_savings_h"), false, true),
                new Headline("Total time waiting for approval", "", hours(totals, "total_waiting_time_h"),
                        hours(current, "waiting_time_h"), change.get("waiting_time_h"), false, false),
                new Headline("Runs", "", count(totals, "total_runs"), count(current, "total_runs"),
                        change.get("total_runs"), false, true),
                new Headline("Success rate", "", percent(totals, "success_rate"), percent(current, "success_rate"),
                        change.get("success_rate"), true, true));
        assertThat(bodies.html()).contains(">To date</th>", ">The last 30 days</th>", ">vs the 30 days before</th>");
        for (Headline figure : headline) {
            String words = SummaryWords.change(figure.change(), figure.rate());
            boolean good = figure.change().get("absolute").asDouble() > 0 == figure.moreIsBetter();
            List<Cell> cells = cellsOfTheRow(bodies.html(), figure.label());
            assertThat(cells).as(figure.label()).extracting(Cell::text).containsExactly(
                    (figure.label() + " " + figure.note()).strip(), figure.total(), figure.lastPeriod(), words);
            assertThat(cells.get(3).colour()).as(figure.label()).isEqualTo(good ? GOOD : BAD);
            assertThat(bodies.text()).as(figure.label()).contains(figure.label()
                    + (figure.note().isEmpty() ? "" : " (" + figure.note() + ")") + ": " + figure.total() + " to date; "
                    + figure.lastPeriod() + " in the last 30 days, " + words + " vs the 30 days before\n");
        }
        assertThat(bodies.text()).doesNotContain("color:", "<td");
    }

    @Test
    void theEmailAnswersTheReportsThreeQuestionsInBothParts() {
        // given: the demo report, no hourly cost set
        JsonNode month = SummaryWords.month(summaryOf(DEMO));
        JsonNode current = month.get("current");

        // when
        EmailTemplates.Bodies bodies = EmailTemplates.builtIn().render(modelOfTheDemoReport());

        // then
        String growingText = "Is it growing? Yes: " + SummaryWords.hours(current.get("lead_time_savings_h").asDouble())
                + " h saved in the last 30 days, " + SummaryWords.change(month.get("change").get("lead_time_savings_h"), false)
                + " vs the 30 days before";
        String whoUsesIt = String.format(Locale.ENGLISH, "Who uses it? %d people in %d teams ran actions in the last 30 days",
                current.get("active_users").asLong(), current.get("active_teams").asLong());
        String worth = "What is it worth? Set report.hourly-cost (and report.currency) to see what the hours saved"
                + " are worth a year.";
        assertThat(bodies.text()).contains(growingText, whoUsesIt, worth);
        assertThat(htmlText(bodies.html())).contains(growingText, whoUsesIt, worth);
    }

    @Test
    void everyDataQualityCaseIsWordedAsInTheOtherReportsWithItsCount() {
        // given
        JsonNode counts = summaryOf(DEMO).get("dataQuality").get("counts");

        // when
        EmailTemplates.Bodies bodies = EmailTemplates.builtIn().render(modelOfTheDemoReport());

        // then
        int found = 0;
        for (IssueKind kind : IssueKind.values()) {
            long count = counts.get(kind.key()).asLong();
            Wording.DataQualityCase words = Wording.dataQualityCase(kind);
            if (count == 0) {
                assertThat(bodies.text()).as(kind.key()).doesNotContain(words.what());
                continue;
            }
            found++;
            assertThat(bodies.text()).as(kind.key())
                    .contains("- " + words.what() + ": " + count + ". " + words.effect() + "\n");
            assertThat(cellsOfTheRow(bodies.html(), words.what())).as(kind.key()).extracting(Cell::text)
                    .containsExactly(words.what(), Long.toString(count), words.effect());
        }
        assertThat(found).as("cases in the demo").isGreaterThan(2);
    }

    @Test
    void withNothingSavedInThe30DaysBeforeTheSubjectAndTheChangesSayUpFromNone() {
        // given: runs in every period, none in the ones before
        RoiResult firstMonth = withPeriods(DEMO, SyntheticTrends.fromNone(DEMO.asOf(), 2));
        String hoursSaved = SummaryWords.hours(firstMonth.periods().month().current().leadTimeSavingsH());

        // when
        EmailModel model = EmailModel.of(firstMonth, NOTHING_ATTACHED, REPORT_FOLDER, settings(Map.of()),
                DeliveryMode.email(), ArchiveOutcome.none());
        EmailTemplates.Bodies bodies = EmailTemplates.builtIn().render(model);

        // then
        assertThat(model.subject()).isEqualTo("Actions ROI 2026-09-30: " + hoursSaved + " h saved in 30 days, ▲ from none");
        assertThat(cellsOfTheRow(bodies.html(), "Total hours saved")).last().isEqualTo(new Cell(GOOD, "▲ from none"));
        assertThat(bodies.text()).contains(hoursSaved + "\u00a0h in the last 30 days, ▲ from none in the 30 days before");
    }

    private record Headline(String label, String note, String total, String lastPeriod, JsonNode change, boolean rate,
            boolean moreIsBetter) {
    }

    /** A table cell of the HTML: the text colour its style sets (empty when none), and its text without markup. */
    private record Cell(String colour, String text) {
    }

    /** The cells of the HTML table row whose first cell begins with {@code label}. */
    private static List<Cell> cellsOfTheRow(String html, String label) {
        Matcher row = Pattern.compile("<tr>\\s*<td[^>]*>\\s*(<div>)?" + Pattern.quote(label) + "<.*?</tr>",
                Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a row for " + label).isTrue();
        List<Cell> cells = new ArrayList<>();
        Matcher cell = CELL.matcher(row.group());
        while (cell.find()) {
            Matcher colour = COLOUR.matcher(cell.group(1));
            cells.add(new Cell(colour.find() ? colour.group(1) : "", htmlText(cell.group(2))));
        }
        return cells;
    }

    /** What a reader sees of some HTML: its text, markup and spacing between elements gone, entities read. */
    private static String htmlText(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("[ \\t\\r\\n]+", " ").strip()
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'");
    }

    private static String hours(JsonNode figures, String key) {
        return SummaryWords.hours(figures.get(key).asDouble()) + "\u00a0h";
    }

    private static String count(JsonNode figures, String key) {
        return String.format(Locale.ENGLISH, "%,d", figures.get(key).asLong());
    }

    private static String percent(JsonNode figures, String key) {
        return String.format(Locale.ENGLISH, "%.1f%%", figures.get(key).asDouble());
    }

    private static JsonNode summaryOf(RoiResult result) {
        return JsonMapper.builder().build().readTree(SummaryJson.toJson(result));
    }

    private static RoiResult withPeriods(RoiResult result, Periods periods) {
        return new RoiResult(result.reportDate(), result.asOf(), result.zone(), result.generatedAt(), result.source(),
                result.totals(), result.actions(), result.categories(), result.teams(), result.userGroups(),
                result.highlights(), periods, result.runsPerWeek(), result.runsPerMonth(), result.adoption(),
                result.value(), result.dataQuality(), null, null);
    }

    /** {@code result} as the report of a team titled "Platform & Co", set against {@code organisation}. */
    private static RoiResult asTeam(RoiResult result, OrganisationShare organisation) {
        return new RoiResult(result.reportDate(), result.asOf(), result.zone(), result.generatedAt(), result.source(),
                result.totals(), result.actions(), result.categories(), result.teams(), result.userGroups(),
                result.highlights(), result.periods(), result.runsPerWeek(), result.runsPerMonth(), result.adoption(),
                result.value(), result.dataQuality(), new ReportScope("platform", "Platform & Co"), organisation);
    }

    private static EmailProperties settings(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("report.email.from", "roi@example.com");
        return new Binder(new MapConfigurationPropertySource(all)).bind("report.email", EmailProperties.class).get();
    }

    private static EmailModel modelOfTheDemoReport() {
        return EmailModel.of(DEMO, NOTHING_ATTACHED, REPORT_FOLDER, settings(Map.of()), DeliveryMode.email(),
                ArchiveOutcome.none());
    }
}
