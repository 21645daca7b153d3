package io.actionsroi.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.lowagie.text.Image;

/**
 * The organisation's marks on the report, read from the settings and the logo file at every run.
 *
 * @param organisation the organisation's name; empty when not set
 * @param logo the logo; empty when there is none
 */
record Branding(Optional<String> organisation, Optional<Image> logo, Theme theme) {

    /**
     * @throws IllegalArgumentException naming the setting when the logo file cannot be read as an image
     */
    static Branding of(PdfProperties properties) {
        return new Branding(properties.organisationName(), properties.logoFile().map(Branding::image),
                Theme.of(properties.accentColour()));
    }

    private static Image image(Path file) {
        try {
            return Image.getInstance(Files.readAllBytes(file));
        }
        catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The logo " + file.toAbsolutePath().normalize() + " (setting"
                    + " report.pdf.logo, default " + PdfProperties.DEFAULT_LOGO + ") cannot be read as an image: "
                    + e.getMessage() + ". The PDF report was not written; use a PNG or JPEG file.", e);
        }
    }
}
