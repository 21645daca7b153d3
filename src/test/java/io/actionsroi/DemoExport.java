package io.actionsroi;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.actionsroi.port.EntityCursor;
import io.actionsroi.port.ExportFolderSource;
import io.actionsroi.port.PortEntity;
import io.actionsroi.report.json.SummaryJson;
import io.actionsroi.roi.ClassifiedRun;
import io.actionsroi.roi.Pricing;
import io.actionsroi.roi.ReferenceData;
import io.actionsroi.roi.ReportPeriod;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.RoiSchema;
import io.actionsroi.roi.RoiTally;
import io.actionsroi.roi.RunClassifier;
import io.actionsroi.roi.RunFacts;
import io.actionsroi.roi.UserEntities;

/**
 * The bundled demo export (the sample Port organisation) folded by the ROI model alone, for the
 * sample's report date in UTC: what every run of the job on this data must produce.
 */
public final class DemoExport {

    public static final Path FOLDER = Path.of("demo/port-export");
    public static final LocalDate REPORT_DATE = LocalDate.of(2026, 9, 30);
    /** The sample's figures, computed independently of this project. */
    public static final Path EXPECTED_FIGURES = Path.of("src/test/resources/expected-figures.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoExport() {
    }

    /** The result, with the export folder as its source. */
    public static RoiResult result(Instant generatedAt) {
        return fold(run -> { }).finish(generatedAt, FOLDER.toString(), Pricing.none());
    }

    /** The facts of every run the result counts, in the export's order. */
    public static List<RunFacts> countedRuns() {
        List<RunFacts> runs = new ArrayList<>();
        fold(runs::add);
        return runs;
    }

    private static RoiTally fold(Consumer<RunFacts> counted) {
        ExportFolderSource export = new ExportFolderSource(FOLDER);
        RoiSchema schema = RoiSchema.defaults();
        ReportPeriod period = new ReportPeriod(REPORT_DATE, ZoneId.of("UTC"));
        ReferenceData reference = ReferenceData.from(schema, readAll(export, schema.blueprints().category()),
                readAll(export, schema.blueprints().action()), readAll(export, schema.blueprints().team()),
                UserEntities.read(readAll(export, schema.blueprints().user())));
        RunClassifier classifier = new RunClassifier(reference, period);
        RoiTally tally = new RoiTally(reference, period);
        for (PortEntity run : readAll(export, schema.blueprints().run())) {
            ClassifiedRun classified = classifier.classify(run);
            if (tally.add(classified)) {
                counted.accept(classified.facts());
            }
        }
        return tally;
    }

    /** The result as the JSON summary holds it. */
    public static JsonNode summary(Instant generatedAt) {
        return JSON.readTree(SummaryJson.toJson(result(generatedAt)));
    }

    /** The independently computed figures. */
    public static JsonNode expectedFigures() {
        return JSON.readTree(EXPECTED_FIGURES.toFile());
    }

    private static List<PortEntity> readAll(ExportFolderSource export, String blueprint) {
        List<PortEntity> entities = new ArrayList<>();
        try (EntityCursor cursor = export.open(blueprint, List.of())) {
            cursor.forEachRemaining(entities::add);
        }
        return entities;
    }
}
