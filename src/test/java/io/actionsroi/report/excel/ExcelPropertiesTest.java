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

        assertThat(thirtyDays.inRunsWindow(AS_OF.minus(Duration.ofDays(30)), AS_OF)).isTrue();
        assertThat(thirtyDays.inRunsWindow(AS_OF.minus(Duration.ofDays(30)).minusMillis(1), AS_OF)).isFalse();
        assertThat(thirtyDays.inRunsWindow(AS_OF.minusMillis(1), AS_OF)).isTrue();
        assertThat(thirtyDays.inRunsWindow(AS_OF, AS_OF)).isFalse();
    }

    @Test
    void zeroDaysIsEveryRunBeforeTheAsOfInstant() {
        ExcelProperties everyRun = new ExcelProperties(0);

        assertThat(everyRun.inRunsWindow(Instant.parse("2019-01-01T00:00:00Z"), AS_OF)).isTrue();
        assertThat(everyRun.inRunsWindow(AS_OF, AS_OF)).isFalse();
    }
}
