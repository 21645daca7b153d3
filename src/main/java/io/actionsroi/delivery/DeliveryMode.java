package io.actionsroi.delivery;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;


/**
 * Whom a run's email and chat messages are for. {@link Kind#EMAIL} is the delivery of the date to leadership
 * and the chat targets; a dry run, a test send and a chat test never count as, nor stand in the way of, that
 * delivery (the job runs them in instances of their own, told apart by {@link #parameterValue()}).
 *
 * @param kind the delivery, a dry run, a test send or a chat test
 * @param testRecipients whom a test send goes to; empty otherwise
 */
public record DeliveryMode(Kind kind, List<String> testRecipients) {

    private static final String DRY_RUN = "dry-run";
    private static final String TEST_PREFIX = "test:";
    private static final String TEST_CHAT = "test-chat";

    /** What a run does with the email. */
    public enum Kind {
        /** Sends it to leadership (report.email.to, cc, bcc). */
        EMAIL,
        /** Writes everything, sends nothing. */
        DRY_RUN,
        /** Sends it to the test recipients only; posts nothing to chat. */
        TEST,
        /** Posts to the configured chat targets, marked as a test; sends no email. */
        TEST_CHAT
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

    public static DeliveryMode testChat() {
        return new DeliveryMode(Kind.TEST_CHAT, List.of());
    }

    /** The mode that {@link #parameterValue()} gave. */
    public static DeliveryMode parse(String value) {
        if (value == null) {
            return email();
        }
        if (value.equals(DRY_RUN)) {
            return dryRun();
        }
        if (value.equals(TEST_CHAT)) {
            return testChat();
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
            case TEST_CHAT -> TEST_CHAT;
        };
    }

    /** The command-line settings that ask for this mode; empty for the delivery. */
    public String commandLineArguments() {
        return switch (kind) {
            case EMAIL -> "";
            case DRY_RUN -> "--report.dry-run=true";
            case TEST -> "--report.test-to=" + String.join(",", testRecipients);
            case TEST_CHAT -> "--report.test-chat=true";
        };
    }

    /** The name of the .eml file a run of this mode writes, for report date {@code date}. */
    public String emlFileName(LocalDate date) {
        return switch (kind) {
            case EMAIL -> "actions-roi-" + date + ".eml";
            case DRY_RUN -> "actions-roi-" + date + ".dry-run.eml";
            case TEST -> "actions-roi-" + date + ".test.eml";
            case TEST_CHAT -> "actions-roi-" + date + ".test-chat.eml";
        };
    }
}
