package io.actionsroi.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ExcelPropertiesTest {

    private static final Instant AS_OF = Instant.parse("2026-10-01T00:00:00Z");

    @Test
    void theRunWindowIsHalfOpenAndEndsAtTheAsOfInstant() {
        ExcelProperties thirtyDays = new ExcelProperties(30);

        assertThat(thirtyDays.runsWindow(AS_OF).test(AS_OF.minus(Duration.ofDays(30)))).isTrue();
        assertThat(thirtyDays.runsWindow(AS_OF).test(AS_OF.minus(Duration.ofDays(30)).minusMillis(1))).isFalse();
        assertThat(thirtyDays.runsWindow(AS_OF).test(AS_OF.minusMillis(1))).isTrue();
        assertThat(thirtyDays.runsWindow(AS_OF).test(AS_OF)).isFalse();
    }

    @Test
    void zeroDaysIsEveryRunBeforeTheAsOfInstant() {
        ExcelProperties everyRun = new ExcelProperties(0);

        assertThat(everyRun.runsWindow(AS_OF).test(Instant.parse("2019-01-01T00:00:00Z"))).isTrue();
        assertThat(everyRun.runsWindow(AS_OF).test(AS_OF)).isFalse();
    }
}
