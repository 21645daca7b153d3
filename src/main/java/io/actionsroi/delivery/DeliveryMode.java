package io.actionsroi.delivery;

import java.util.Arrays;
import java.util.List;


/**
 * Whom a run's emails and chat messages are for. {@link Kind#EMAIL} is the delivery of the date to
 * leadership, to each team's recipients and to the chat targets; a dry run, a test send and a chat test
 * never count as, nor stand in the way of, that delivery (the job runs them in instances of their own, told
 * apart by {@link #parameterValue()} and {@link #testTeam()}).
 *
 * @param kind the delivery, a dry run, a test send or a chat test
 * @param testRecipients whom a test send goes to; empty otherwise
 * @param testTeam in a test send, the team whose report it sends instead of the organisation's; null
 *     otherwise
 */
public record DeliveryMode(Kind kind, List<String> testRecipients, String testTeam) {

    private static final String DRY_RUN = "dry-run";
    private static final String TEST_PREFIX = "test:";
    private static final String TEST_CHAT = "test-chat";

    /** What a run does with the emails. */
    public enum Kind {
        /** Sends the organisation's to leadership (report.email.to, cc, bcc), each team's to its recipients. */
        EMAIL,
        /** Writes everything, sends nothing. */
        DRY_RUN,
        /** Sends one report, the organisation's or one team's, to the test recipients only; posts nothing to chat. */
        TEST,
        /** Posts to the configured chat targets, marked as a test; sends no email. */
        TEST_CHAT
    }

    public DeliveryMode {
        testRecipients = List.copyOf(testRecipients);
        if ((kind == Kind.TEST) == testRecipients.isEmpty()) {
            throw new IllegalArgumentException("A test send, and only a test send, has test recipients");
        }
        if (testTeam != null && (kind != Kind.TEST || testTeam.isBlank())) {
            throw new IllegalArgumentException("Only a test send names a team");
        }
    }

    public DeliveryMode(Kind kind, List<String> testRecipients) {
        this(kind, testRecipients, null);
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

    /** A test send of one team's report, to {@code recipients} only. */
    public static DeliveryMode testOfTeam(List<String> recipients, String team) {
        return new DeliveryMode(Kind.TEST, recipients, team);
    }

    /** The mode that {@link #parameterValue()} and {@link #testTeam()} gave. */
    public static DeliveryMode parse(String value, String testTeam) {
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
            return new DeliveryMode(Kind.TEST, Arrays.asList(value.substring(TEST_PREFIX.length()).split(",")),
                    testTeam);
        }
        throw new IllegalArgumentException("Unknown delivery mode '" + value + "'");
    }

    /** This mode as one string, read back by {@link #parse} with {@link #testTeam()}; null for the delivery. */
    public String parameterValue() {
        return switch (kind) {
            case EMAIL -> null;
            case DRY_RUN -> DRY_RUN;
            case TEST -> TEST_PREFIX + String.join(",", testRecipients);
            case TEST_CHAT -> TEST_CHAT;
        };
    }

    /** Whether this run delivers the organisation's report; a test send of a team's does not. */
    public boolean includesOrganisation() {
        return testTeam == null;
    }

    /** Whether this run delivers the report of team {@code team}: every team's, but in a test send. */
    public boolean includesTeam(String team) {
        return kind != Kind.TEST || team.equals(testTeam);
    }

    /** The command-line settings that ask for this mode; empty for the delivery. */
    public String commandLineArguments() {
        return switch (kind) {
            case EMAIL -> "";
            case DRY_RUN -> "--report.dry-run=true";
            case TEST -> "--report.test-to=" + String.join(",", testRecipients)
                    + (testTeam != null ? " '--report.test-team=" + testTeam.replace("'", "'\\''") + "'" : "");
            case TEST_CHAT -> "--report.test-chat=true";
        };
    }

    /** The name of the .eml file a run of this mode writes for the report whose files are named {@code baseName}. */
    public String emlFileName(String baseName) {
        return switch (kind) {
            case EMAIL -> baseName + ".eml";
            case DRY_RUN -> baseName + ".dry-run.eml";
            case TEST -> baseName + ".test.eml";
            case TEST_CHAT -> baseName + ".test-chat.eml";
        };
    }
}
