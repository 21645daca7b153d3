package io.actionsroi.report.pdf;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.actionsroi.DemoExport;
import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.Measure;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.Rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@ExtendWith(OutputCaptureExtension.class)
class PdfReportTest {

    private static final Instant GENERATED_AT = Instant.parse("2026-10-01T06:30:00Z");
    /** A row of the synthetic actions' table: "Synthetic action 0042 Infrastructure 43 100.0% ...". */
    private static final Pattern ACTION_ROW = Pattern.compile("(?m)^Synthetic action \\d{4} Infrastructure \\d");
    private static final PdfProperties PROPERTIES = new PdfProperties("Example Corp", null, "#1F4E79", List.of());

    private static RoiResult demo;
    private static Path demoPdf;

    @TempDir
    static Path folder;

    @BeforeAll
    static void writeTheDemoReport() {
        demo = DemoExport.result(GENERATED_AT);
        demoPdf = folder.resolve("demo").resolve(PdfReport.fileName(demo.reportDate()));
        new PdfReport(PROPERTIES).write(demo, demoPdf);
    }

    @Test
    void namesTheFileAfterTheReportDate() {
        assertThat(PdfReport.fileName(LocalDate.of(2026, 9, 30))).isEqualTo("actions-roi-2026-09-30.pdf");
        assertThat(demoPdf.getParent()).isDirectoryContaining(path -> path.equals(demoPdf));
        assertThat(folder.resolve("demo")).isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void theFirstPageShowsTheHeadlineFiguresWithThreeDecimalsAndTheHighlightsAsSentences() throws IOException {
        String firstPage = joinedLines(text(demoPdf, 1, 1));

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
    void everyActionTitlePrintsAsWrittenMarkupAndFormulasIncluded() throws IOException {
        String text = joinedLines(text(demoPdf, 1, Integer.MAX_VALUE));
        List<String> titles = demo.actions().stream()
                .map(ActionFigures::title)
                .filter(title -> !needsCjkFont(title))
                .toList();

        assertThat(titles).contains("<script>alert(1)</script> Purge cache", "=HYPERLINK(\"http://x\",\"y\")",
                "Деплой в прод", "Créer un bucket S3 — équipe Zürich").hasSize(demo.actions().size() - 1);
        assertThat(text).contains(titles);
    }

    @Test
    void cjkTitlesPrintWithASystemCjkFont() throws IOException {
        assumeCjkFont();

        String text = joinedLines(text(demoPdf, 1, Integer.MAX_VALUE));

        assertThat(text).contains("创建开发环境").doesNotContain("\uFFFD");
        assertThat(text).contains("Every character of the data printed as written");
    }

    @Test
    void chartLabelsPrintCyrillicAndGreekTitlesInTheEmbeddedFonts(@TempDir Path dir) throws IOException {
        Path pdf = chartsOf(dir, "Деплой в прод", "Ανάπτυξη στην παραγωγή");

        assertThat(text(pdf, 2, 2)).contains("Top 10 actions by hours saved", "Деплой в прод",
                "Ανάπτυξη στην παραγωγή");
        assertThat(fontsOfForms(pdf)).isNotEmpty().allMatch(PDFont::isEmbedded);
    }

    @Test
    void chartLabelsPrintCjkTitlesInTheEmbeddedFonts(@TempDir Path dir) throws IOException {
        assumeCjkFont();

        Path pdf = chartsOf(dir, "创建开发环境");

        assertThat(text(pdf, 2, 2)).contains("Top 10 actions by hours saved", "创建开发环境");
        assertThat(fontsOfForms(pdf)).isNotEmpty().allMatch(PDFont::isEmbedded);
    }

    /** The report of actions with these titles, each saving time, so that each is in the top actions chart. */
    private static Path chartsOf(Path dir, String... titles) {
        List<ActionFigures> actions = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            actions.add(SyntheticResults.action("action_" + i, titles[i], 10 + i));
        }
        Path pdf = dir.resolve("charts.pdf");
        new PdfReport(PROPERTIES).write(SyntheticResults.of(actions), pdf);
        return pdf;
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

        assertThat(text(pdf, 2, 2)).contains("Hours saved by category", "Category 12", "Category 04",
                "3 other categories").doesNotContain("Category 03");
    }

    @Test
    void everyFontOnEveryPageAndInEveryChartIsEmbedded() throws IOException {
        List<PDFont> fonts = fonts(demoPdf);

        assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded, "embedded");
        assertThat(fontsOfForms(demoPdf)).as("the charts' fonts").isNotEmpty();
    }

    @Test
    void theSampleTakesAFewPagesEachWithItsFooter() throws IOException {
        List<String> pageTexts = pageTexts(demoPdf);
        int pages = pageTexts.size();

        assertThat(pages).isBetween(6, 14);
        for (int page = 1; page <= pages; page++) {
            assertThat(joinedLines(pageTexts.get(page - 1))).contains("Page " + page + " of " + pages,
                    "report date 2026-09-30", "Generated 2026-10-01 06:30 UTC from demo/port-export");
        }
    }

    @Test
    void theMethodSectionDefinesTheFiguresAndListsWhatTheyLeaveOut() throws IOException {
        String text = joinedLines(text(demoPdf, 1, Integer.MAX_VALUE));

        assertThat(text).contains("Method and data quality", "Baselines",
                Measure.TOTAL_LEAD_TIME_SAVINGS_H.definition(),
                "Total lead time savings (h) (total_lead_time_savings_h)",
                "45 runs were left out of every figure", "Runs of no known action", "Runs created after the as-of time",
                "Create dev environment", "no lead_time_before baseline: its runs claim no such saving");
    }

    @Test
    void manyDataQualityEntitiesAreCountedAndTheFirstHundredListed(@TempDir Path dir) throws IOException {
        RoiResult result = SyntheticResults.withOrphanRuns(
                SyntheticResults.of(List.of(SyntheticResults.action("restart_pod", "Restart pod", 2))), 250);
        Path pdf = dir.resolve("orphans.pdf");

        new PdfReport(PROPERTIES).write(result, pdf);

        String text = joinedLines(text(pdf, 1, Integer.MAX_VALUE));
        assertThat(text).contains("250 runs were left out of every figure", "Runs of no known action 250",
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

        String text = joinedLines(text(pdf, 1, Integer.MAX_VALUE));
        assertThat(text).contains("Characters the fonts lack", "Action title", "Deploy \uFFFD now", "U+E000");
        assertThat(output.getOut()).contains("WARN", "Deploy \uE000 now", "U+E000", "report.pdf.fallback-fonts");
    }

    @Test
    void theHoursArePricedAsTheEmailPricesThemWhenAnHourlyCostIsSet(@TempDir Path dir) throws IOException {
        RoiResult result = SyntheticResults.priced(
                SyntheticResults.of(List.of(SyntheticResults.action("restart_pod", "Restart pod", 4))),
                new MoneyValue(80, "EUR", 320, 80));
        Path pdf = dir.resolve("priced.pdf");

        new PdfReport(PROPERTIES).write(result, pdf);

        assertThat(joinedLines(text(pdf, 1, 1)))
                .contains("Worth EUR 320 in hours saved and EUR 80 in processing time saved, at EUR 80.00 an hour.");
    }

    @Test
    void aResultWithoutActionsSaysNoRunsInThisPeriod(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("empty.pdf");

        new PdfReport(PROPERTIES).write(SyntheticResults.of(List.of()), pdf);

        assertNoRunsReport(pdf);
    }

    @Test
    void aResultWithActionsButNoRunsSaysNoRunsInThisPeriod(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("no-runs.pdf");

        new PdfReport(PROPERTIES).write(SyntheticResults.of(List.of(
                SyntheticResults.action("create_s3_bucket", "Create S3 bucket", 0),
                SyntheticResults.action("restart_pod", "Restart pod", 0))), pdf);

        assertNoRunsReport(pdf);
        assertThat(text(pdf, 1, 1)).contains("No run of the 2 actions was created before 2026-10-01 00:00 UTC");
    }

    @Test
    void thousandsOfActionsRunOverManyPagesEachWithTheTableHeader(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("many.pdf");

        new PdfReport(PROPERTIES).write(SyntheticResults.of(SyntheticResults.manyActions(3000)), pdf);

        List<String> pageTexts = pageTexts(pdf);
        List<Integer> tablePages = new ArrayList<>();
        for (int page = 1; page <= pageTexts.size(); page++) {
            String text = pageTexts.get(page - 1);
            if (ACTION_ROW.matcher(text).find()) {
                tablePages.add(page);
                assertThat(text).as("page %d", page).contains("Action Category Runs Success");
            }
        }
        assertThat(tablePages).hasSizeGreaterThan(40);
        String text = joinedLines(String.join("\n", pageTexts));
        assertThat(text).contains("Synthetic action 0001", "Synthetic action 1500", "Synthetic action 3000");
    }

    private static void assertNoRunsReport(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isBetween(2, 3);
        }
        assertThat(text(pdf, 1, 1)).contains("Actions ROI report", "No runs in this period", "Page 1 of");
        assertThat(text(pdf, 1, Integer.MAX_VALUE)).contains("Method and data quality")
                .doesNotContain("Where the time is saved");
        assertThat(fonts(pdf)).isNotEmpty().allMatch(PDFont::isEmbedded);
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

    private static String text(Path pdf, int firstPage, int lastPage) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(firstPage);
            stripper.setEndPage(lastPage);
            return stripper.getText(document);
        }
    }

    /** The text of each page, in order, from one reading of the file. */
    private static List<String> pageTexts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** The text with its lines joined by a space, so that a title wrapped in its cell reads as one line again. */
    private static String joinedLines(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** Every font of every page, and of the forms (the charts) drawn on them. */
    private static List<PDFont> fonts(Path pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
        }
        return fonts;
    }

    private static List<PDFont> fontsOfForms(Path pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                        collectFonts(form.getResources(), fonts);
                    }
                }
            }
        }
        return fonts;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
