package io.actionsroi.report.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfPropertiesTest {

    @TempDir
    Path folder;

    @Test
    void bindsFromTheSettingsWithItsDefaults() throws Exception {
        Path font = Files.writeString(folder.resolve("Extra.ttf"), "a font file");
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "report.pdf.organisation", "Example Corp",
                "report.pdf.fallback-fonts", font.toString())));

        PdfProperties properties = binder.bind("report.pdf", PdfProperties.class).get();

        assertThat(properties.organisationName()).contains("Example Corp");
        assertThat(properties.accentColour()).isEqualTo("#1F4E79");
        assertThat(properties.fallbackFonts()).containsExactly(font);
        assertThat(properties.logo()).isNull();
    }

    @Test
    void aLogoThatIsSetMustExist() {
        Path missing = folder.resolve("logo.png");

        assertThatThrownBy(() -> new PdfProperties(null, missing, "#1F4E79", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("report.pdf.logo=" + missing)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aFallbackFontThatIsSetMustExist() {
        Path missing = folder.resolve("NotoSansThai-Regular.ttf");

        assertThatThrownBy(() -> new PdfProperties(null, null, "#1F4E79", List.of(missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("report.pdf.fallback-fonts")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aFallbackFontThatIsNoFontIsRefusedNamingTheSetting() throws Exception {
        Path notAFont = Files.writeString(folder.resolve("font.ttf"), "not a font");
        PdfProperties properties = new PdfProperties(null, null, "#1F4E79", List.of(notAFont));

        assertThatThrownBy(() -> new PdfReport(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("report.pdf.fallback-fonts")
                .hasMessageContaining(notAFont.toString());
    }

    @Test
    void theAccentColourIsAHexColour() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

        assertThat(validator.validate(new PdfProperties(null, null, "#1f4e79", List.of()))).isEmpty();
        assertThat(validator.validate(new PdfProperties(null, null, "navy", List.of())))
                .singleElement()
                .satisfies(violation -> assertThat(violation.getMessage()).contains("#RRGGBB"));
    }

    @Test
    void theLogoIsDrawnOnTheFirstPage() throws Exception {
        Path logo = folder.resolve("logo.png");
        ImageIO.write(square(Color.ORANGE), "png", logo.toFile());
        Path pdf = folder.resolve("branded.pdf");

        new PdfReport(new PdfProperties("Example Corp", logo, "#8A1538", List.of()))
                .write(SyntheticResults.of(List.of(SyntheticResults.action("restart_pod", "Restart pod", 3))), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources firstPage = document.getPage(0).getResources();
            assertThat(firstPage.getXObjectNames()).anySatisfy(name ->
                    assertThat(firstPage.getXObject(name)).isInstanceOf(PDImageXObject.class));
        }
    }

    @Test
    void aLogoThatIsNoImageFailsNamingTheSettingAndWritesNothing() throws Exception {
        Path logo = Files.writeString(folder.resolve("logo.png"), "not an image");
        Path pdf = folder.resolve("out").resolve("report.pdf");
        PdfReport report = new PdfReport(new PdfProperties(null, logo, "#1F4E79", List.of()));

        assertThatThrownBy(() -> report.write(SyntheticResults.of(List.of()), pdf))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("report.pdf.logo")
                .hasMessageContaining(logo.toString());
        assertThat(folder.resolve("out")).doesNotExist();
    }

    private static BufferedImage square(Color colour) {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 64, 64);
        graphics.dispose();
        return image;
    }
}
