package io.actionsroi.report.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The branding and the fonts of the PDF leadership report. Every file is read at every run, so a new
 * logo or font needs no rebuild.
 *
 * @param organisation the organisation's name, shown under the report's title; not shown when unset
 * @param logo a PNG or JPEG shown at the top of the first page. Unset: {@code reports-templates/pdf/logo.png}
 *     in the working directory when that file exists, else no logo. A logo that is set must exist
 * @param accentColour the colour of the title, the rules, the table headers and the first chart series, as
 *     {@code #RRGGBB}
 * @param fallbackFonts TrueType or OpenType font files ({@code .ttf}, {@code .otf}, or {@code .ttc}, whose
 *     first font is used) for the characters the built-in DejaVu Sans lacks, tried in order. After them the
 *     report tries the first CJK font present of Noto Sans CJK (Debian's and Ubuntu's {@code fonts-noto-cjk},
 *     Alpine's {@code font-noto-cjk}, Fedora's {@code google-noto-sans-cjk-ttc-fonts}), WenQuanYi Zen Hei
 *     ({@code fonts-wqy-zenhei}) and AR PL UMing ({@code fonts-arphic-uming}) in their packages' usual
 *     places. A font that is set must exist
 */
@ConfigurationProperties("report.pdf")
@Validated
public record PdfProperties(
        String organisation,
        Path logo,
        @NotNull @DefaultValue("#1F4E79")
        @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "must be a colour as #RRGGBB, such as #1F4E79") String accentColour,
        @DefaultValue List<Path> fallbackFonts) {

    /** The logo used when {@code report.pdf.logo} is not set and this file exists. */
    public static final Path DEFAULT_LOGO = Path.of("reports-templates", "pdf", "logo.png");

    public PdfProperties {
        fallbackFonts = fallbackFonts == null ? List.of() : List.copyOf(fallbackFonts);
        if (logo != null && !Files.isRegularFile(logo)) {
            throw new IllegalArgumentException("Invalid setting report.pdf.logo=" + logo + ": the file "
                    + logo.toAbsolutePath().normalize() + " does not exist. Point it at a PNG or JPEG file, or unset"
                    + " it to use " + DEFAULT_LOGO + " when present.");
        }
        for (Path font : fallbackFonts) {
            if (!Files.isRegularFile(font)) {
                throw new IllegalArgumentException("Invalid setting report.pdf.fallback-fonts: the font file "
                        + font.toAbsolutePath().normalize() + " does not exist. List .ttf, .otf or .ttc files, such"
                        + " as /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc.");
            }
        }
    }

    /** The logo to show: the one set, else the default one when it exists; empty for none. */
    public Optional<Path> logoFile() {
        if (logo != null) {
            return Optional.of(logo);
        }
        return Files.isRegularFile(DEFAULT_LOGO) ? Optional.of(DEFAULT_LOGO) : Optional.empty();
    }

    /** The organisation's name, empty when unset or blank. */
    public Optional<String> organisationName() {
        return organisation == null || organisation.isBlank() ? Optional.empty() : Optional.of(organisation.strip());
    }
}
