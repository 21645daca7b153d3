package io.actionsroi.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void leavesOrdinaryTextAsItIs() {
        assertThat(CellText.stored("Créer un bucket S3 — équipe Zürich 🚀 _x00_ snake_case")).isEqualTo(
                "Créer un bucket S3 — équipe Zürich 🚀 _x00_ snake_case");
    }

    @Test
    void escapesWhatOoxmlWouldReadAsAnEscapeOrCannotCarry() {
        assertThat(CellText.stored("_x0041_")).isEqualTo("_x005F_x0041_");
        assertThat(CellText.stored("a\u0001b\r\n")).isEqualTo("a_x0001_b_x000D_\n");
        // An underscore that only becomes an escape once the control character after it is escaped.
        assertThat(CellText.stored("_x0041\u0001")).isEqualTo("_x005F_x0041_x0001_");
    }

    @Test
    void cutsTextLongerThanACellHoldsWithAnEllipsis() {
        String stored = CellText.stored("x".repeat(CellText.MAX_LENGTH + 10));

        assertThat(stored).hasSize(CellText.MAX_LENGTH).endsWith("x…");
    }
}
