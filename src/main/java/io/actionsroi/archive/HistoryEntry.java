package io.actionsroi.archive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

import io.actionsroi.roi.Figures;
import io.actionsroi.roi.PeriodComparison;
import io.actionsroi.roi.RoiResult;

/**
 * One report's headline figures in the archive's history, kept as one small JSON object per report date and
 * zone, from which {@code history.csv} is rebuilt whole. Field names are the CSV's column names.
 *
 * @param hoursSavedH the hours saved (lead time) up to the report date
 * @param processingTimeSavedH the processing time saved (cycle time)
 * @param waitingForApprovalH the time spent waiting for approval
 * @param runs the runs counted
 * @param successRatePercent the share of the runs with a final status that succeeded
 * @param monthHoursSavedH the hours saved (lead time) in the 30 days before the as-of instant
 * @param monthHoursSavedChangePercent their change against the 30 days before those, in percent; null when
 *     nothing was saved then
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HistoryEntry(
        LocalDate reportDate,
        String zone,
        Instant asOf,
        Instant generatedAt,
        boolean partial,
        double hoursSavedH,
        double processingTimeSavedH,
        double waitingForApprovalH,
        long runs,
        double successRatePercent,
        double monthHoursSavedH,
        Double monthHoursSavedChangePercent) {

    /** The CSV's columns, in order. */
    static final List<String> COLUMNS = List.of("report_date", "zone", "as_of", "generated_at", "partial",
            "hours_saved_h", "processing_time_saved_h", "waiting_for_approval_h", "runs", "success_rate_percent",
            "month_hours_saved_h", "month_hours_saved_change_percent");
    /** Newest report date first; for one date, the zones in alphabetical order. */
    static final Comparator<HistoryEntry> NEWEST_FIRST = Comparator.comparing(HistoryEntry::reportDate).reversed()
            .thenComparing(HistoryEntry::zone);

    // Objects written by a later version may carry more fields: they are read all the same.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The headline figures of a report. */
    public static HistoryEntry of(RoiResult result) {
        Figures totals = result.totals().figures();
        PeriodComparison month = result.periods().month();
        return new HistoryEntry(result.reportDate(), result.zone().getId(), result.asOf(), result.generatedAt(),
                result.partial(), totals.totalLeadTimeSavingsH(), totals.totalCycleTimeSavingsH(),
                totals.totalWaitingTimeH(), totals.totalRuns(), totals.successRate(),
                month.current().leadTimeSavingsH(), month.change().leadTimeSavingsH().percent());
    }

    /** The object's name below {@code <prefix>history/}: one per report date and zone. */
    String objectName() {
        return reportDate + "_" + zone.replace('/', '-') + ".json";
    }

    byte[] toJson() {
        return JSON.writeValueAsBytes(this);
    }

    static HistoryEntry fromJson(byte[] json) {
        return JSON.readValue(json, HistoryEntry.class);
    }

    /** {@code history.csv}: a header, then one row per entry, newest first. */
    static String csv(List<HistoryEntry> entries) {
        return Stream.concat(Stream.of(String.join(",", COLUMNS)), entries.stream().sorted(NEWEST_FIRST)
                        .map(HistoryEntry::csvRow))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private String csvRow() {
        return String.join(",", reportDate.toString(), zone, asOf.toString(), generatedAt.toString(),
                Boolean.toString(partial), number(hoursSavedH), number(processingTimeSavedH),
                number(waitingForApprovalH), Long.toString(runs), number(successRatePercent), number(monthHoursSavedH),
                monthHoursSavedChangePercent == null ? "" : number(monthHoursSavedChangePercent));
    }

    /** Full precision, never in scientific notation. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }
}
