package io.actionsroi.report.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

import io.actionsroi.report.AtomicFile;
import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.Adoption;
import io.actionsroi.roi.BusinessValue;
import io.actionsroi.roi.DataQualityIssue;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.Highlight;
import io.actionsroi.roi.Highlights;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.MoneyValue;
import io.actionsroi.roi.MonthOfRuns;
import io.actionsroi.roi.OrganisationShare;
import io.actionsroi.roi.PeriodChange;
import io.actionsroi.roi.PeriodFigures;
import io.actionsroi.roi.ReportScope;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.Rollup;
import io.actionsroi.roi.TeamAdoption;
import io.actionsroi.roi.Totals;
import io.actionsroi.roi.WeekOfRuns;

/**
 * The JSON summary: a {@link RoiResult} written as {@code actions-roi-<D>.json}, and read back by the
 * steps that render the other outputs. Figures keep Port's property identifiers as keys
 * ({@code total_lead_time_savings_h}) and full double precision; the report's own fields are camel
 * case ({@code reportDate}, {@code dataQuality}). The mapping lives here, in mix-ins, so the ROI
 * records stay free of any format.
 */
public final class SummaryJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(Figures.class, SnakeCase.class)
            .addMixIn(MoneyValue.class, SnakeCase.class)
            .addMixIn(Highlight.class, SnakeCase.class)
            .addMixIn(Highlights.class, SnakeCase.class)
            .addMixIn(DataQualityIssue.class, SnakeCase.class)
            .addMixIn(WeekOfRuns.class, SnakeCase.class)
            .addMixIn(MonthOfRuns.class, SnakeCase.class)
            .addMixIn(PeriodFigures.class, SnakeCase.class)
            .addMixIn(PeriodChange.class, SnakeCase.class)
            .addMixIn(Adoption.class, AdoptionMixin.class)
            .addMixIn(TeamAdoption.class, TeamAdoptionMixin.class)
            .addMixIn(BusinessValue.class, BusinessValueMixin.class)
            .addMixIn(BusinessValue.PlatformReturn.class, SnakeCase.class)
            .addMixIn(OrganisationShare.class, SnakeCase.class)
            .addMixIn(RoiResult.class, RoiResultMixin.class)
            .addMixIn(ActionFigures.class, WithFigures.class)
            .addMixIn(Rollup.class, WithFigures.class)
            .addMixIn(Totals.class, TotalsMixin.class)
            .addMixIn(IssueKind.class, IssueKindMixin.class)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SummaryJson() {
    }

    /** The summary's file name for a report date. */
    public static String fileName(LocalDate reportDate) {
        return "actions-roi-" + reportDate + ".json";
    }

    /** Writes the summary atomically: the file appears complete or not at all. */
    public static void write(RoiResult result, Path file) {
        AtomicFile.write(file, out -> MAPPER.writeValue(out, result));
    }

    /** Reads a summary written by {@link #write}. */
    public static RoiResult read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readValue(in, RoiResult.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the JSON summary " + file.toAbsolutePath()
                    + ": " + AtomicFile.describe(e) + ". Run the report again for this date with --report.resend=true.", e);
        }
        catch (JacksonException e) {
            throw new IllegalStateException("The JSON summary " + file.toAbsolutePath() + " is not readable ("
                    + e.getOriginalMessage() + "). Run the report again for this date with --report.resend=true.", e);
        }
    }

    /** The JSON text of a result, as written to the file. */
    public static String toJson(RoiResult result) {
        return MAPPER.writeValueAsString(result);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private abstract static class SnakeCase {
    }

    /** For records that carry a {@link Figures}: its properties sit beside the record's own. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private abstract static class WithFigures {
        @JsonUnwrapped
        abstract Figures figures();
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private abstract static class TotalsMixin {
        @JsonUnwrapped
        abstract Figures figures();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract MoneyValue money();
    }

    /** The value exists only with an hourly cost: without one the key is left out, like {@code totals.money}. */
    private abstract static class RoiResultMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract BusinessValue value();

        /** Only a team's report has these two. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract ReportScope scope();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract OrganisationShare organisation();

        /** Derived from when it was made, so written for readers and not read back. */
        @JsonProperty(access = JsonProperty.Access.READ_ONLY)
        abstract boolean partial();
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private abstract static class AdoptionMixin {
        @JsonProperty("user_rate_30d")
        abstract Double userRate30d();

        @JsonProperty("team_rate_30d")
        abstract Double teamRate30d();
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private abstract static class TeamAdoptionMixin {
        @JsonProperty("active_members_30d")
        abstract Long activeMembers30d();

        @JsonProperty("runs_30d")
        abstract long runs30d();

        @JsonProperty("lead_time_savings_h_30d")
        abstract double leadTimeSavingsH30d();

        @JsonIgnore
        abstract boolean lagging();
    }

    /** The platform cost, the net value and the ROI sit beside the value's other keys, and only with a platform cost. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private abstract static class BusinessValueMixin {
        @JsonUnwrapped
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract BusinessValue.PlatformReturn platform();
    }

    private abstract static class IssueKindMixin {
        @JsonValue
        abstract String key();
    }
}
