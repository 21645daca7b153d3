package io.actionsroi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.actionsroi.roi.PeriodComparison;
import io.actionsroi.roi.PeriodFigures;

/** A success rate's change: in points, unless either period has no run to rate (Port then writes 0). */
class WordingTest {

    @Test
    void aSuccessRateChangesInPoints() {
        // 48 of 50 is 96%, 19 of 20 was 95%
        assertThat(Wording.successRateChange(month(50, 48, 20, 19)))
                .isEqualTo(new Wording.ChangeWords("▲ 1.0 pts", Wording.Tendency.GOOD));
        // 18 of 20 is 90%: 5 points down
        assertThat(Wording.successRateChange(month(20, 18, 20, 19)))
                .isEqualTo(new Wording.ChangeWords("▼ 5.0 pts", Wording.Tendency.BAD));
    }

    @Test
    void aSuccessRateWithoutRunsBeforeIsNew() {
        Wording.ChangeWords words = Wording.successRateChange(month(10, 9, 0, 0));
        assertThat(words).isEqualTo(new Wording.ChangeWords("▲ from none", Wording.Tendency.NEUTRAL));
        assertThat(Wording.versus(words, Wording.month())).isEqualTo("▲ from none in the 30 days before");
    }

    @Test
    void aPeriodWithoutRunsHasNoRateToCompare() {
        Wording.ChangeWords words = Wording.successRateChange(month(0, 0, 20, 19));
        assertThat(words).isEqualTo(new Wording.ChangeWords("no runs to rate", Wording.Tendency.NEUTRAL));
        assertThat(Wording.versus(words, Wording.month())).isEqualTo("no runs to rate in the last 30 days");
    }

    private static PeriodComparison month(long runs, long successful, long runsBefore, long successfulBefore) {
        return PeriodComparison.of(figures(runs, successful), figures(runsBefore, successfulBefore));
    }

    private static PeriodFigures figures(long runs, long successful) {
        return new PeriodFigures(Instant.EPOCH, Instant.EPOCH, runs, successful, runs - successful,
                runs == 0 ? 0 : (double) successful / runs * 100, 0, 0, 0, 0, 0, 0);
    }
}
