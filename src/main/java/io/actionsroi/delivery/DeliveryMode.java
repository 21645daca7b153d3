package io.actionsroi.delivery;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;


/**
 * Whom a run's email is for. {@link Kind#EMAIL} is the delivery of the date to leadership; a dry run
 * and a test send never count as, nor stand in the way of, that delivery (the job runs them in
 * instances of their own, told apart by {@link #parameterValue()}).
 *
 * @param kind the delivery, a dry run or a test send
 * @param testRecipients whom a test send goes to; empty otherwise
 */
public record DeliveryMode(Kind kind, List<String> testRecipients) {

    private static final String DRY_RUN = "dry-run";
    private static final String TEST_PREFIX = "test:";

    /** What a run does with the email. */
    public enum Kind {
        /** Sends it to leadership (report.email.to, cc, bcc). */
        EMAIL,
        /** Writes everything, sends nothing. */
        DRY_RUN,
        /** Sends it to the test recipients only. */
        TEST
    }

    public DeliveryMode {
        testRecipients = List.copyOf(testRecipients);
        if ((kind == Kind.TEST) == testRecipients.isEmpty()) {
            throw new IllegalArgumentException("A test send, and only a test send, has test recipients");
        }
    }

    public static DeliveryMode email() {
        return new DeliveryMode(Kind.EMAIL, List.of());
    }

    public static DeliveryMode dryRun() {
        return new DeliveryMode(Kind.DRY_RUN, List.of());
    }

    public static DeliveryMode test(List<String> recipients) {
        return new DeliveryMode(Kind.TEST, recipients);
    }

    /** The mode that {@link #parameterValue()} gave. */
    public static DeliveryMode parse(String value) {
        if (value == null) {
            return email();
        }
        if (value.equals(DRY_RUN)) {
            return dryRun();
        }
        if (value.startsWith(TEST_PREFIX)) {
            return test(Arrays.asList(value.substring(TEST_PREFIX.length()).split(",")));
        }
        throw new IllegalArgumentException("Unknown delivery mode '" + value + "'");
    }

    /** This mode as one string, read back by {@link #parse}; null for the delivery. */
    public String parameterValue() {
        return switch (kind) {
            case EMAIL -> null;
            case DRY_RUN -> DRY_RUN;
            case TEST -> TEST_PREFIX + String.join(",", testRecipients);
        };
    }

    /** The command-line settings that ask for this mode; empty for the delivery. */
    public String commandLineArguments() {
        return switch (kind) {
            case EMAIL -> "";
            case DRY_RUN -> "--report.dry-run=true";
            case TEST -> "--report.test-to=" + String.join(",", testRecipients);
        };
    }

    /** The name of the .eml file a run of this mode writes, for report date {@code date}. */
    public String emlFileName(LocalDate date) {
        return switch (kind) {
            case EMAIL -> "actions-roi-" + date + ".eml";
            case DRY_RUN -> "actions-roi-" + date + ".dry-run.eml";
            case TEST -> "actions-roi-" + date + ".test.eml";
        };
    }
}
