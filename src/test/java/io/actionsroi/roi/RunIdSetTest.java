package io.actionsroi.roi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunIdSetTest {

    @Test
    void anIdentifierIsNewOnlyOnceEvenAsTheTableGrows() {
        RunIdSet set = new RunIdSet();

        for (int i = 0; i < 100_000; i++) {
            assertThat(set.add("r_" + i)).as("first r_%d", i).isTrue();
        }
        for (int i = 0; i < 100_000; i++) {
            assertThat(set.add("r_" + i)).as("second r_%d", i).isFalse();
        }
        assertThat(set.add("r_100000")).isTrue();
    }

    @Test
    void similarIdentifiersHashApart() {
        assertThat(RunIdSet.hash("r_1")).isNotEqualTo(RunIdSet.hash("r_2"));
        assertThat(RunIdSet.hash("ab")).isNotEqualTo(RunIdSet.hash("ba"));
        assertThat(RunIdSet.hash("")).isNotZero();
    }
}
