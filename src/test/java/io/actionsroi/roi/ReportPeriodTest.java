package io.actionsroi.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void asOfIsTheStartOfTheNextDayInTheZone() {
        assertThat(new ReportPeriod(LocalDate.of(2026, 9, 30), ZoneOffset.UTC).asOf())
                .isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(new ReportPeriod(LocalDate.of(2026, 9, 30), ZoneId.of("Europe/Paris")).asOf())
                .isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
    }

    @Test
    void theWindowsHaveFixedLengthsEvenAcrossADaylightSavingChange() {
        // Paris leaves summer time on 2026-10-25: that calendar day has 25 hours, the daily window 24.
        ReportPeriod.Windows windows = new ReportPeriod(LocalDate.of(2026, 10, 25), ZoneId.of("Europe/Paris")).windows();

        assertThat(windows.asOf()).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
        assertThat(windows.dailyStart()).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
        assertThat(windows.weeklyStart()).isEqualTo(Instant.parse("2026-10-18T23:00:00Z"));
        assertThat(windows.monthlyStart()).isEqualTo(Instant.parse("2026-09-25T23:00:00Z"));
    }

    @Test
    void everyWindowIsHalfOpen() {
        ReportPeriod.Windows windows = new ReportPeriod(LocalDate.of(2026, 9, 30), ZoneOffset.UTC).windows();
        Instant asOf = Instant.parse("2026-10-01T00:00:00Z");

        assertThat(windows.covers(asOf.minusNanos(1))).isTrue();
        assertThat(windows.covers(asOf)).isFalse();
        assertThat(windows.inDaily(Instant.parse("2026-09-30T00:00:00Z"))).isTrue();
        assertThat(windows.inDaily(Instant.parse("2026-09-29T23:59:59.999Z"))).isFalse();
        assertThat(windows.inDaily(asOf)).isFalse();
        assertThat(windows.inWeekly(Instant.parse("2026-09-24T00:00:00Z"))).isTrue();
        assertThat(windows.inWeekly(Instant.parse("2026-09-23T23:59:59.999Z"))).isFalse();
        assertThat(windows.inWeekly(asOf)).isFalse();
        assertThat(windows.inMonthly(Instant.parse("2026-09-01T00:00:00Z"))).isTrue();
        assertThat(windows.inMonthly(Instant.parse("2026-08-31T23:59:59.999Z"))).isFalse();
        assertThat(windows.inMonthly(asOf)).isFalse();
    }

    @Test
    void bothComponentsAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new ReportPeriod(null, ZoneOffset.UTC));
        assertThatNullPointerException().isThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 9, 30), null));
    }
}
