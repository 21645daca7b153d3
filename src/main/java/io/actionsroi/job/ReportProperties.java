package io.actionsroi.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.actionsroi.delivery.DeliveryMode;
import io.actionsroi.roi.Pricing;
import io.actionsroi.roi.ReportPeriod;

/**
 * What report to make and where to put it.
 *
 * @param date the report date D (YYYY-MM-DD); the report covers everything created before the start
 *     of D+1 in {@code zone}. Default: yesterday in {@code zone}.
 * @param zone the IANA time zone of the report date and of the daily, weekly and monthly windows
 * @param outputDir the folder the reports go to, one sub-folder per report date
 * @param hourlyCost the cost of one hour of work; when set, the summary also prices the hours saved
 * @param currency the ISO 4217 code of {@code hourlyCost}
 * @param value how the hours saved are valued over a year (with {@code hourlyCost})
 * @param from with {@code to}, a backfill: one report per date from {@code from} to {@code to}, in order,
 *     stopping at the first that fails; instead of {@code date}
 * @param to the last date of a backfill
 * @param resend make and send the report again although it was made before for that date: a new job
 *     instance, which does not change whether the date counts as delivered
 * @param dryRun write every output and the email as a .eml file, send nothing; it does not count as the
 *     date's delivery
 * @param partialDay allow a report of today, the day in progress in {@code zone}: a partial report of the
 *     runs so far, in a job instance of its own, so that it never counts as the date's delivery. Without
 *     it, a date whose day has not ended is refused. A date that has ended is made in full either way
 * @param testTo send the email only to these addresses, for a test; it does not count as the date's
 *     delivery, and leadership's cc and bcc are not used
 * @param testChat post to the configured chat targets (Slack, Microsoft Teams) marked as a test, and send no
 *     email; it does not count as the date's delivery
 * @param testTeam with {@code testTo}, send the report of this team (its identifier) instead of the
 *     organisation's, for a test
 * @param deadRunAfter how long a run for the same date, left unfinished by a process on another machine,
 *     may go without progress before it counts as dead and the same command restarts it (on the same
 *     machine a dead process is recognised at once)
 */
@ConfigurationProperties("report")
@Validated
public record ReportProperties(
        LocalDate date,
        @DefaultValue("UTC") @NotNull ZoneId zone,
        @DefaultValue("./reports") @NotNull Path outputDir,
        @Positive Double hourlyCost,
        @DefaultValue("USD") @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code such as USD or EUR") String currency,
        @DefaultValue @Valid Value value,
        LocalDate from,
        LocalDate to,
        boolean resend,
        boolean dryRun,
        boolean partialDay,
        @DefaultValue List<@Email String> testTo,
        boolean testChat,
        String testTeam,
        @DefaultValue("2h") @NotNull Duration deadRunAfter) {

    /**
     * How the hours saved are valued over a year.
     *
     * @param attribution the share of the saved time credited to self-service, in (0, 1]
     * @param fteHoursPerYear the working hours of one full-time person in a year
     * @param platformCostPerYear what the platform costs a year, for the net value and the ROI; optional
     */
    public record Value(
            @DefaultValue("1") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0 and at most 1")
            @DecimalMax(value = "1", message = "must be more than 0 and at most 1") double attribution,
            @DefaultValue("1760") @Positive double fteHoursPerYear,
            @PositiveOrZero Double platformCostPerYear) {
    }

    /** What an hour saved is worth, for the money figures. */
    public Pricing pricing() {
        return new Pricing(hourlyCost, currency, value.attribution(), value.fteHoursPerYear(), value.platformCostPerYear());
    }

    /** The report date: the one set, else yesterday in the report zone. */
    public LocalDate reportDate(Clock clock) {
        return date != null ? date : LocalDate.now(clock.withZone(zone)).minusDays(1);
    }

    /** The dates to report: the backfill range, else the one report date. */
    public List<LocalDate> reportDates(Clock clock) {
        return from != null && to != null ? from.datesUntil(to.plusDays(1)).toList() : List.of(reportDate(clock));
    }

    /** Whether this run is a backfill of a range of dates. */
    public boolean isBackfill() {
        return from != null || to != null;
    }

    /** Whom this run's email is for. */
    public DeliveryMode deliveryMode() {
        if (dryRun) {
            return DeliveryMode.dryRun();
        }
        if (testChat) {
            return DeliveryMode.testChat();
        }
        if (testTo.isEmpty()) {
            return DeliveryMode.email();
        }
        return testTeam == null ? DeliveryMode.test(testTo) : DeliveryMode.testOfTeam(testTo, testTeam);
    }

    /** Settings that contradict each other, in words; empty when there are none. */
    public Optional<String> conflict() {
        if ((from == null) != (to == null)) {
            return Optional.of("A backfill needs both report.from and report.to (YYYY-MM-DD), such as"
                    + " --report.from=2026-11-01 --report.to=2026-11-30.");
        }
        if (from != null && from.isAfter(to)) {
            return Optional.of("Invalid backfill: report.from=" + from + " is after report.to=" + to + ".");
        }
        if (from != null && date != null) {
            return Optional.of("Give either report.date or report.from and report.to, not both.");
        }
        if (dryRun && !testTo.isEmpty()) {
            return Optional.of("Give either report.dry-run (send nothing) or report.test-to (send to these"
                    + " addresses only), not both.");
        }
        if (testChat && (dryRun || !testTo.isEmpty())) {
            return Optional.of("Give report.test-chat (post to chat only, marked as a test) on its own, without"
                    + " report.dry-run or report.test-to.");
        }
        if (testTeam != null && (testTeam.isBlank() || testTo.isEmpty())) {
            return Optional.of(testTeam.isBlank() ? "report.test-team is empty: give the identifier of the team whose"
                    + " report to test-send." : "report.test-team sends one team's report as a test, to the addresses"
                    + " of report.test-to: add --report.test-to=<your address>.");
        }
        return Optional.empty();
    }

    /** Whether the day of {@code reportDate} has not ended in the report zone: its as-of instant is still to come. */
    public boolean hasNotEnded(LocalDate reportDate, Clock clock) {
        return new ReportPeriod(reportDate, zone).asOf().isAfter(clock.instant());
    }

    /**
     * A date to report whose day has not ended, in words: refused, as its report would miss the runs still
     * to come, unless it is today and {@code partialDay} is set. Empty when every date may be made.
     */
    public Optional<String> unfinishedDay(Clock clock) {
        List<LocalDate> dates = reportDates(clock);
        LocalDate last = dates.get(dates.size() - 1);
        if (!hasNotEnded(last, clock)) {
            return Optional.empty();
        }
        String setting = (isBackfill() ? "report.to=" : "report.date=") + last;
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (!partialDay) {
            return Optional.of(setting + " has not ended in " + zone.getId() + ": its as-of instant, "
                    + new ReportPeriod(last, zone).asOf() + ", is in the future, so the report would miss the runs"
                    + " still to come. Give a date that has ended (yesterday is the default), or add"
                    + " --report.partial-day=true for a partial report of today so far.");
        }
        return last.isAfter(today)
                ? Optional.of(setting + " has not begun in " + zone.getId() + ": report.partial-day=true makes a"
                        + " partial report of today only (" + today + " in " + zone.getId() + ").")
                : Optional.empty();
    }

    /** The folder of one report date's outputs. */
    public Path outputFolder(LocalDate reportDate) {
        return outputDir.resolve(reportDate.toString());
    }
}
