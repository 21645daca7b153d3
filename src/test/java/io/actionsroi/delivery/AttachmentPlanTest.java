package io.actionsroi.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentPlanTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 26);

    @TempDir
    Path folder;

    @Test
    void theEncodedSizeCountsBase64GrowthAndLineBreaks() {
        assertThat(AttachmentPlan.encodedSize(0)).isZero();
        assertThat(AttachmentPlan.encodedSize(1)).isEqualTo(4 + 2);
        assertThat(AttachmentPlan.encodedSize(57)).isEqualTo(76 + 2);
        assertThat(AttachmentPlan.encodedSize(58)).isEqualTo(80 + 4);
    }

    @Test
    void bothFilesAreAttachedWhenTheyFitTogether() throws Exception {
        write("pdf", 570);
        write("xlsx", 570);

        AttachmentPlan plan = AttachmentPlan.choose(file("pdf"), file("xlsx"), 2 * 780);

        assertThat(plan.attached()).extracting(AttachmentPlan.ReportFile::fileName)
                .containsExactly("actions-roi-2026-11-26.pdf", "actions-roi-2026-11-26.xlsx");
        assertThat(plan.leftOut()).isEmpty();
    }

    @Test
    void theWorkbookIsLeftOutWhenOnlyThePdfFits() throws Exception {
        write("pdf", 570);
        write("xlsx", 570);

        AttachmentPlan plan = AttachmentPlan.choose(file("pdf"), file("xlsx"), 2 * 780 - 1);

        assertThat(plan.attached()).extracting(AttachmentPlan.ReportFile::fileName)
                .containsExactly("actions-roi-2026-11-26.pdf");
        assertThat(plan.leftOut()).extracting(AttachmentPlan.ReportFile::fileName)
                .containsExactly("actions-roi-2026-11-26.xlsx");
        assertThat(plan.leftOut().get(0).bytes()).isEqualTo(570);
    }

    @Test
    void filesNotWrittenAreNeitherAttachedNorMentioned() {
        AttachmentPlan plan = AttachmentPlan.choose(file("pdf"), file("xlsx"), 10);

        assertThat(plan.attached()).isEmpty();
        assertThat(plan.leftOut()).isEmpty();
    }

    private void write(String extension, int bytes) throws Exception {
        Files.write(file(extension), new byte[bytes]);
    }

    private Path file(String extension) {
        return folder.resolve("actions-roi-" + DATE + "." + extension);
    }
}
