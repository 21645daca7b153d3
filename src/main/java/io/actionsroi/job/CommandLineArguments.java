package io.actionsroi.job;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The command line as given, before anything starts: {@code --help}, and arguments that are not
 * settings. Spring Boot hands an argument that is not {@code --name=value} to the application unread,
 * and the job would run yesterday's report as if it had not been given; it is refused instead. A
 * refusal never repeats a value: it may be a secret.
 */
public final class CommandLineArguments {

    private static final List<String> HELP = List.of("--help", "-h");
    private static final Pattern SETTING = Pattern.compile("--[^=]+=.*", Pattern.DOTALL);
    /**
     * A setting's name: dotted words of letters, digits, dashes and underscores, with list or map brackets.
     * The dot keeps a base64 secret, which may end in '=', from passing for one.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+");
    private static final String NOTHING_RUN = " Nothing was run; --help shows how to run the report.";

    private CommandLineArguments() {
    }

    /** Whether any argument asks for the help. */
    public static boolean asksForHelp(String... args) {
        return List.of(args).stream().anyMatch(HELP::contains);
    }

    /** The first argument that is not {@code --name=value}, in words; empty when every one is. */
    public static Optional<String> refusal(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (SETTING.matcher(arg).matches()) {
                continue;
            }
            int equals = arg.indexOf('=');
            String name = (equals < 0 ? arg : arg.substring(0, equals)).replaceFirst("^-+", "");
            // Only what looks like a setting's name is repeated: anything else may be a secret given wrongly.
            if (!NAME.matcher(name).matches()) {
                name = "";
            }
            if (arg.startsWith("-") && equals < 0 && !name.isEmpty()) {
                return Optional.of("The argument --" + name + " has no value: give it as --" + name + "=VALUE."
                        + NOTHING_RUN);
            }
            if (equals > 0 && !name.isEmpty()) {
                return Optional.of("The argument " + name + "=... is not a setting: give it with"
                        + " two dashes before the name, as --" + name + "=VALUE." + NOTHING_RUN);
            }
            return Optional.of("Argument " + (i + 1) + " is not a setting (it is not repeated here, as it may be a"
                    + " secret): give each setting as --name=value, such as --report.date=2026-11-01." + NOTHING_RUN);
        }
        return Optional.empty();
    }

    /** How to run the report, for {@code --help}. */
    public static String help() {
        return """
                Actions ROI Report: makes the actions ROI report of one date from the action runs recorded in
                Port (JSON summary, Excel workbook, PDF) and emails it to leadership, once per date.

                Usage: java -jar target/actions-roi-report.jar [--name=value ...]
                   or: cron/actions-roi-report.sh [--name=value ...]   (loads the environment file, takes the lock)

                Common runs:
                  (no arguments)                                  yesterday's report, in report.zone (UTC by default)
                  --report.date=2026-11-26 --report.zone=Europe/Berlin
                                                                  the report of a given date, in a given zone
                  --report.from=2026-11-01 --report.to=2026-11-26 --report.email.enabled=false
                      --report.chat.enabled=false                 a backfill: one report per date, without email
                                                                  nor chat
                  --spring.profiles.active=demo                   the demo, on the sample export inside the jar
                                                                  (no credentials, nothing sent)
                  --report.date=2026-11-26 --report.dry-run=true  a dry run: every output, nothing sent
                  --report.date=2026-11-26 --report.resend=true   a resend: made and sent again to everyone
                  --report.date=2026-11-26 --report.test-to=me@example.com
                                                                  a test send, to these addresses only
                  --report.date=2026-11-26 --report.test-chat=true
                                                                  a chat test: posted to the Slack and Teams
                                                                  targets marked [TEST], no email
                  --report.date=2026-11-26 --report.test-to=me@example.com --report.test-team=platform
                                                                  a test send of one team's report
                  --report.date=<today> --report.partial-day=true a partial report of today, so far

                Settings: give each as --name=value, as an environment variable (report.email.to is
                REPORT_EMAIL_TO) or in an application.yml in the working directory. Port's credentials are
                PORT_CLIENT_ID and PORT_CLIENT_SECRET, or --port.export-dir=DIR reads exported entities.
                An unknown report.* or port.* setting is refused. Every setting and its default is in
                docs/settings.md (report, Port, blueprints, email, job repository); running it on demand
                and nightly, and troubleshooting, in docs/operations.md.

                Exit codes:
                  0  the report was made, or had been made before for that date and zone (nothing is redone)
                  1  the job failed; the reason is the last line on stderr; the same command restarts it
                  2  the settings were refused before any work (an unknown setting, an invalid date, ...)
                  3  another run for the same date and zone is in progress (with the default H2 job
                     repository, any other run)
                  4  (cron/actions-roi-report.sh only) another invocation holds the lock: nothing was run
                """;
    }
}
