package io.actionsroi.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What report to make and where to put it.
 *
 * @param date the report date D (YYYY-MM-DD); the report covers everything created before the start
 *     of D+1 in {@code zone}. Default: yesterday in {@code zone}.
 * @param zone the IANA time zone of the report date and of the daily, weekly and monthly windows
 * @param outputDir the folder the reports go to, one sub-folder per report date
 * @param hourlyCost the cost of one hour of work; when set, the summary also prices the hours saved
 * @param currency the ISO 4217 code of {@code hourlyCost}
 */
@ConfigurationProperties("report")
@Validated
public record ReportProperties(
        LocalDate date,
        @DefaultValue("UTC") @NotNull ZoneId zone,
        @DefaultValue("./reports") @NotNull Path outputDir,
        @Positive Double hourlyCost,
        @DefaultValue("USD") @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code such as USD or EUR") String currency) {

    /** The report date: the one set, else yesterday in the report zone. */
    public LocalDate reportDate(Clock clock) {
        return date != null ? date : LocalDate.now(clock.withZone(zone)).minusDays(1);
    }

    /** The folder of one report date's outputs. */
    public Path outputFolder(LocalDate reportDate) {
        return outputDir.resolve(reportDate.toString());
    }
}
