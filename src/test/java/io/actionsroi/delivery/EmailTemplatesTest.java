package io.actionsroi.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.actionsroi.DemoExport;
import io.actionsroi.roi.RoiResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EmailTemplatesTest {

    private static final Path PROJECT_TEMPLATES = Path.of("reports-templates", "email");

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
    void editedTemplatesInAFolderAreReadWithoutRebuilding() throws Exception {
        Files.writeString(folder.resolve("report.html"), "<p th:text=\"${email.subject}\">subject</p>");
        Files.writeString(folder.resolve("report.txt"), "Edited: [(${email.subject})]");

        EmailTemplates.Bodies bodies = EmailTemplates.from(folder).render(modelOfTheDemoReport());

        assertThat(bodies.text()).startsWith("Edited: Actions ROI, 2026-09-30:");
        assertThat(bodies.html()).startsWith("<p>Actions ROI, 2026-09-30:");
    }

    @Test
    void aTemplatesFolderThatIsSetButLacksATemplateIsRefusedNamingTheSetting() throws Exception {
        Files.writeString(folder.resolve("report.html"), "<p>only html</p>");

        assertThatIllegalStateException().isThrownBy(() -> EmailTemplates.from(folder))
                .withMessageContaining(folder.resolve("report.txt").toString())
                .withMessageContaining("report.email.templates-dir");
    }

    private static EmailModel modelOfTheDemoReport() {
        EmailProperties email = new Binder(new MapConfigurationPropertySource(Map.of("report.email.from",
                "roi@example.com"))).bind("report.email", EmailProperties.class).get();
        RoiResult result = DemoExport.result(Instant.parse("2026-10-01T06:00:00Z"));
        Path reportFolder = Path.of("reports", "2026-09-30");
        AttachmentPlan nothingAttached = new AttachmentPlan(List.of(), List.of());
        return EmailModel.of(result, nothingAttached, reportFolder, email, DeliveryMode.email());
    }
}
