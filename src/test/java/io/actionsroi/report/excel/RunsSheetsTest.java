package io.actionsroi.report.excel;

import static io.actionsroi.report.excel.Workbooks.dataRows;
import static io.actionsroi.report.excel.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.RunFacts;

/** The Runs sheet streams its rows: continued past a sheet's limit, links capped, no run held, no file left. */
class RunsSheetsTest {

    private static final RoiResult RESULT = ReportFixture.withActionTitles(List.of("Create S3 bucket", "Restart pod"));

    @TempDir
    Path folder;

    @Test
    void aFullSheetContinuesOnTheNextWithItsOwnHeaderAndFilter() throws IOException {
        // given 250 runs, 100 to a sheet
        Path file = folder.resolve("runs.xlsx");

        // when
        new ExcelReport(new ExcelProperties(30), 100, 1000).write(RESULT, new Runs(250, null), Map.of(), file);

        // then
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            assertThat(StreamSupport.stream(workbook.spliterator(), false).map(Sheet::getSheetName)).containsExactly(
                    "Summary", "Trends", "Adoption", "Actions", "Categories", "Teams", "User groups", "Runs", "Runs (2)", "Runs (3)",
                    "Data quality", "About");
            assertThat(Stream.of("Runs", "Runs (2)", "Runs (3)").map(name -> dataRows(workbook.getSheet(name)).size()))
                    .containsExactly(100, 100, 50);
            XSSFSheet last = workbook.getSheet("Runs (3)");
            assertThat(text(last.getRow(0), 0)).isEqualTo("Action");
            assertThat(text(last.getRow(50), headerOf(last, "Run ID"))).isEqualTo("r249");
            assertThat(last.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N51");
            assertThat(last.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void onlyTheFirstUrlsBecomeLinksAndAboutSaysSo() throws IOException {
        Path file = folder.resolve("links.xlsx");

        new ExcelReport(new ExcelProperties(30), 100, 10)
                .write(RESULT, new Runs(30, "https://app.getport.io/organization/run?runId=r"), Map.of(), file);

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            XSSFSheet runs = workbook.getSheet("Runs");
            int url = headerOf(runs, "Run URL");
            assertThat(runs.getHyperlinkList()).hasSize(10);
            assertThat(dataRows(runs)).extracting(row -> text(row, url))
                    .allMatch(text -> text.startsWith("https://app.getport.io/organization/run?runId=r"));
            assertThat(text(Workbooks.byLabel(workbook.getSheet("About")).get("Runs sheet"), 1))
                    .contains("links for the first 10 runs");
        }
    }

    @Test
    void urlsOtherThanHttpStayPlainText() throws IOException {
        Path file = folder.resolve("schemes.xlsx");

        new ExcelReport(new ExcelProperties(30)).write(RESULT, new Runs(1, "javascript:alert(1)//"), Map.of(), file);

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            XSSFSheet runs = workbook.getSheet("Runs");
            assertThat(runs.getHyperlinkList()).isEmpty();
            assertThat(text(runs.getRow(1), headerOf(runs, "Run URL"))).isEqualTo("javascript:alert(1)//0");
        }
    }

    @Test
    void aboutSaysNothingOfLinksWhenOnlyUrlsOtherThanHttpArePastThem() throws IOException {
        Path file = folder.resolve("no-links-left.xlsx");

        new ExcelReport(new ExcelProperties(30), 100, 0).write(RESULT, new Runs(3, "javascript:alert(1)//"), Map.of(), file);

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            assertThat(text(Workbooks.byLabel(workbook.getSheet("About")).get("Runs sheet"), 1))
                    .doesNotContain("links for the first");
        }
    }

    @Test
    void noWrittenRunStaysInMemory() {
        // given runs that check, as the last one is written, whether the first can be collected
        Runs runs = new Runs(5000, null);

        // when
        new ExcelReport(new ExcelProperties(30)).write(RESULT, runs, Map.of(), folder.resolve("memory.xlsx"));

        // then
        assertThat(runs.yielded).isEqualTo(5000);
        assertThat(runs.firstCollected).isTrue();
    }

    @Test
    void anEmptyWindowLeavesTheHeaderAndSaysWhichWindowItWas() throws IOException {
        Path file = folder.resolve("empty.xlsx");

        new ExcelReport(new ExcelProperties(0)).write(RESULT, new Runs(0, null), Map.of(), file);

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            assertThat(workbook.getSheet("Runs").getLastRowNum()).isZero();
            assertThat(workbook.getSheet("Runs").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N1");
            assertThat(text(Workbooks.byLabel(workbook.getSheet("Summary")).get("Runs sheet"), 1))
                    .isEqualTo("Every counted run created before the as-of instant, 2026-10-01 00:00 Europe/Berlin");
        }
    }

    @Test
    void temporaryFilesAreDeletedWhetherTheWorkbookIsWrittenOrNot() throws IOException {
        // POI's temporary files go to a folder of this test's, which other JVMs on the machine do not use
        Path poiTempFiles = Files.createDirectories(folder.resolve("poi-temp"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTempFiles.toFile()));
        try {
            writeOneWorkbookAndFailAnother();
        }
        finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        try (Stream<Path> files = Files.list(poiTempFiles)) {
            assertThat(files).isEmpty();
        }
    }

    private void writeOneWorkbookAndFailAnother() throws IOException {
        Path written = folder.resolve("written.xlsx");
        Path failed = folder.resolve("failed.xlsx");
        Iterator<RunFacts> failing = new Runs(150, null) {
            @Override
            public RunFacts next() {
                if (yielded == 120) {
                    throw new IllegalStateException("the spill file of the runs is unreadable");
                }
                return super.next();
            }
        };

        new ExcelReport(new ExcelProperties(30), 100, 1000).write(RESULT, new Runs(150, null), Map.of(), written);
        assertThatThrownBy(() -> new ExcelReport(new ExcelProperties(30), 100, 1000).write(RESULT, failing, Map.of(), failed))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(failed.toString())
                .hasRootCauseMessage("the spill file of the runs is unreadable");

        assertThat(written).isNotEmptyFile();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactlyInAnyOrder(written, folder.resolve("poi-temp"));
        }
    }

    private static int headerOf(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + header);
    }

    /** Runs made one at a time as they are asked for, alternating between the fixture's two actions. */
    private static class Runs implements Iterator<RunFacts> {

        private final int count;
        private final String urlPrefix;
        int yielded;
        boolean firstCollected;
        private WeakReference<RunFacts> first;

        Runs(int count, String urlPrefix) {
            this.count = count;
            this.urlPrefix = urlPrefix;
        }

        @Override
        public boolean hasNext() {
            return yielded < count;
        }

        @Override
        public RunFacts next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (yielded == count - 1 && first != null) {
                System.gc();
                firstCollected = first.get() == null;
            }
            RunFacts run = ReportFixture.run(yielded, "a" + yielded % 2, urlPrefix == null ? null : urlPrefix + yielded);
            if (yielded == 0) {
                first = new WeakReference<>(run);
            }
            yielded++;
            return run;
        }
    }
}
