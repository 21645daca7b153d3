package io.actionsroi.delivery;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientsTest {

    @Test
    void theEnvelopeNamesEachRecipientOnceInTheOrderToCcBcc() {
        Recipients recipients = new Recipients(List.of("vp@example.com", " cto@example.com"),
                List.of("finance@example.com", "vp@example.com"), List.of("audit@example.com"));

        assertThat(recipients.envelope())
                .containsExactly("vp@example.com", "cto@example.com", "finance@example.com", "audit@example.com");
    }

    @Test
    void addressesThatDifferByCaseOnlyAreOneRecipientAsInTheLedger() {
        // else the second would get the email again, and recording it in the ledger would fail the run
        Recipients recipients = new Recipients(List.of("VP@example.com"), List.of("vp@example.com"),
                List.of("Vp@Example.com"));

        assertThat(recipients.envelope()).containsExactly("VP@example.com");
    }
}
