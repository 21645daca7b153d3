package io.actionsroi.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import io.actionsroi.report.excel.ExcelReport;
import io.actionsroi.report.json.SummaryJson;
import io.actionsroi.report.pdf.PdfReport;
import io.actionsroi.roi.ReferenceData;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.RoiSchema;
import io.actionsroi.roi.RoiTally;
import io.actionsroi.roi.UserEntities;

/**
 * Makes the outputs of an empty report (no entities, no runs) into a temporary folder, on a thread of
 * its own, while the runs step of the JVM's first job reads the runs; the runs step ends once it is
 * done and the folder is gone. In a fresh JVM the first workbook and PDF cost one to two seconds more
 * than the next ones (POI's, XMLBeans', OpenPDF's and JFreeChart's classes loaded and set up, the JSON
 * mapper built): here that happens beside the reading of the runs, which leaves a core partly idle,
 * rather than after it. It writes with the same renderers as the outputs steps and touches nothing of
 * the job's; a failure only costs the head start, and is logged at DEBUG.
 */
public class OutputsWarmUp implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(OutputsWarmUp.class);
    /**
     * Once per JVM: then the renderers are set up for good, and the next jobs of a backfill (or of the
     * tests) would only pay for the empty report again.
     */
    private static final AtomicBoolean warmedUp = new AtomicBoolean();

    private final FiguresInProgress figures;
    private final RoiSchema schema;
    private final ExcelReport excel;
    private final PdfReport pdf;
    private final ReportProperties report;
    private final Clock clock;
    private Thread thread;

    public OutputsWarmUp(FiguresInProgress figures, RoiSchema schema, ExcelReport excel, PdfReport pdf,
            ReportProperties report, Clock clock) {
        this.figures = figures;
        this.schema = schema;
        this.excel = excel;
        this.pdf = pdf;
        this.report = report;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (!warmedUp.compareAndSet(false, true)) {
            return;
        }
        // read here, on the step's thread: the figures are job-scoped
        ReferenceData nothing = ReferenceData.from(schema, List.of(), List.of(), List.of(),
                UserEntities.read(List.of()));
        RoiTally empty = new RoiTally(nothing, figures.period());
        thread = new Thread(() -> warmUp(empty), "outputs-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (thread == null) {
            return null;
        }
        try {
            thread.join();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
        return null;
    }

    private void warmUp(RoiTally empty) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("actions-roi-warm-up");
            RoiResult result = empty.finish(clock.instant(), "warm-up", report.pricing());
            Path summary = folder.resolve("summary.json");
            SummaryJson.write(result, summary);
            RoiResult readBack = SummaryJson.read(summary);
            excel.write(readBack, Collections.emptyIterator(), Map.of(), folder.resolve("workbook.xlsx"));
            pdf.write(readBack, folder.resolve("report.pdf"));
        }
        catch (IOException | RuntimeException e) {
            log.debug("The outputs' warm-up failed; the outputs steps will only start colder", e);
        }
        finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        }
        catch (IOException | UncheckedIOException e) {
            log.debug("Could not remove the warm-up's folder {}", folder, e);
        }
    }
}
