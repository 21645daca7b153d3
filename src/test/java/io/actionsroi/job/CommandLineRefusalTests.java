package io.actionsroi.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad settings are refused before any work: one clear line on stderr, a non-zero exit, no report. */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineRefusalTests {

    private static final String UNKNOWN_SETTING_ADVICE =
            " Nothing was run; every setting is in docs/settings.md.";

    @TempDir
    Path folder;

    @Test
    void noCredentialsAndNoExportFolderSaysWhichVariablesToSet(CapturedOutput output) {
        int exitCode = new ReportCli(folder).run();

        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(oneLineOf(output)).contains("PORT_CLIENT_ID").contains("PORT_CLIENT_SECRET").contains("--port.export-dir");
        assertThat(Files.exists(folder.resolve("reports"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --report.date=2026-13-01      | Invalid setting report.date=2026-13-01: expected a date as YYYY-MM-DD, such as 2026-09-30.
            --report.zone=Mars/Olympus    | Invalid setting report.zone=Mars/Olympus: expected an IANA time zone such as UTC or Europe/Berlin.
            --report.hourly-cost=-80      | Invalid setting report.hourly-cost=-80.0: must be greater than 0
            --report.value.attribution=0  | Invalid setting report.value.attribution=0.0: must be more than 0 and at most 1
            --report.value.attribution=1.5 | Invalid setting report.value.attribution=1.5: must be more than 0 and at most 1
            --report.value.fte-hours-per-year=0 | Invalid setting report.value.fte-hours-per-year=0.0: must be greater than 0
            --report.value.platform-cost-per-year=-1 | Invalid setting report.value.platform-cost-per-year=-1.0: must be greater than or equal to 0
            --port.read-concurrency=0     | Invalid setting port.read-concurrency=0: must be greater than or equal to 1
            --port.read-concurrency=33    | Invalid setting port.read-concurrency=33: must be less than or equal to 32
            --report.team-reports.teams=all,platform | Invalid setting report.team-reports.teams=all,platform: give either all (every team with runs) or a list of team identifiers, not both and none blank.
            --report.team-reports.recipient-list=platform=lead@example.com,lead@example.com | Invalid setting report.team-reports.recipient-list entry 'lead@example.com': expected <team-identifier>=<email address>, such as platform=lead@example.com, entries separated by commas.
            --report.team-reports.recipient-list=a=b=Lead <lead@example.com> | Invalid setting report.team-reports.recipient-list entry 'a=b=Lead <lead@example.com>': expected <team-identifier>=<email address>, such as platform=lead@example.com, entries separated by commas.
            --report.team-reports.recipients[platform.core]=lead | Invalid setting report.team-reports.recipients[platform.core][0]=lead: must be a well-formed email address
            --report.test-team=platform   | report.test-team sends one team's report as a test, to the addresses of report.test-to: add --report.test-to=<your address>.
            """)
    void anInvalidSettingIsNamedWithWhatItExpects(String setting, String message, CapturedOutput output) {
        int exitCode = new ReportCli(folder).run("--spring.profiles.active=demo", setting);

        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(oneLineOf(output)).isEqualTo(message);
    }

    @Test
    void aPlainHttpPortAddressIsRefusedUnlessItIsLoopback(CapturedOutput output) {
        int exitCode = new ReportCli(folder).run("--port.base-url=http://api.getport.io", "--port.client-id=id",
                "--port.client-secret=secret-value-123");

        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(oneLineOf(output)).startsWith("port.base-url must use https").doesNotContain("secret-value-123");
    }

    @Test
    void anInvalidProxyIsRefusedWithoutItsPassword(CapturedOutput output) {
        int exitCode = new ReportCli(folder).run("--port.proxy=https://ops:pr0xy-pa55@proxy.example.com:3128",
                "--port.client-id=id", "--port.client-secret=secret-value-123");

        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(oneLineOf(output)).startsWith("Invalid proxy in port.proxy ('https://****:****@proxy.example.com:3128')")
                .doesNotContain("pr0xy-pa55").doesNotContain("ops");
        assertThat(output.getAll()).doesNotContain("pr0xy-pa55");
    }

    @Test
    void aMissingTrustStoreIsNamedBeforeAnyWork(CapturedOutput output) {
        Path missing = folder.resolve("corporate-ca.pem");

        int exitCode = new ReportCli(folder).run("--port.trust-store=" + missing, "--port.client-id=id",
                "--port.client-secret=secret-value-123");

        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(oneLineOf(output)).startsWith("Invalid setting port.trust-store=" + missing + ": the file cannot be read")
                .doesNotContain("secret-value-123");
        assertThat(Files.exists(folder.resolve("reports"))).isFalse();
    }

    @Test
    void aMissingExportFolderIsNamed(CapturedOutput output) {
        Path missing = folder.resolve("no-such-export");

        int exitCode = new ReportCli(folder).run("--port.export-dir=" + missing, "--report.date=2026-09-30");

        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(oneLineOf(output)).contains(missing.toString()).contains("port.export-dir");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "--help", "-h" })
    void helpPrintsHowToRunItAndStartsNothing(String help, CapturedOutput output) {
        int exitCode = new ReportCli(folder).run("--report.date=2026-11-01", help);

        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_OK);
        assertThat(output.getOut())
                .contains("Usage: java -jar target/actions-roi-report.jar [--name=value ...]")
                .contains("--report.from=2026-11-01 --report.to=2026-11-26")
                .contains("--spring.profiles.active=demo")
                .contains("--report.dry-run=true").contains("--report.resend=true")
                .contains("--report.partial-day=true")
                .contains("Exit codes:").contains("2  the settings were refused before any work")
                .contains("docs/settings.md (report, Port,").contains("docs/operations.md");
        assertThat(output.getErr()).isEmpty();
        assertThat(folder.resolve("db")).as("the job repository's H2 file").doesNotExist();
        assertThat(folder.resolve("reports")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            report.date=2026-11-01  | The argument report.date=... is not a setting: give it with two dashes before the name, as --report.date=VALUE. Nothing was run; --help shows how to run the report.
            --report.dry-run        | The argument --report.dry-run has no value: give it as --report.dry-run=VALUE. Nothing was run; --help shows how to run the report.
            """)
    void anArgumentThatIsNotNameEqualsValueIsRefused(String argument, String message, CapturedOutput output) {
        assertThat(refusedBeforeStarting(output, "--spring.profiles.active=demo", argument)).isEqualTo(message);
    }

    @Test
    void aStrayWordIsRefusedWithoutRepeatingIt(CapturedOutput output) {
        // a space instead of '=': the secret becomes a word of its own
        assertThat(refusedBeforeStarting(output, "--spring.profiles.active=demo", "--port.client-secret",
                "s3cr3t-value-991")).startsWith("The argument --port.client-secret has no value")
                .doesNotContain("s3cr3t-value-991");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"c2VjcmV0LXZhbHVlLTk5MQ==", "-s3cr3t/value+991", "--s3cr3t/value+991"})
    void aSecretThatLooksLikeAnArgumentIsNotRepeated(String secret, CapturedOutput output) {
        // a base64 secret ends in '=' and one may start with a dash: neither part is a setting's name
        assertThat(refusedBeforeStarting(output, "--spring.profiles.active=demo", secret))
                .contains("is not a setting (it is not repeated here").doesNotContain("s3cr3t").doesNotContain("c2VjcmV0");
    }

    @Test
    void aWordThatIsNoSettingIsRefusedWithoutRepeatingIt(CapturedOutput output) {
        assertThat(refusedBeforeStarting(output, "--spring.profiles.active=demo", "s3cr3t-value-991"))
                .contains("is not a setting (it is not repeated here, as it may be a secret): give each setting as"
                        + " --name=value, such as --report.date=2026-11-01.")
                .doesNotContain("s3cr3t-value-991");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --report.dat=2026-11-01            | Unknown setting report.dat: did you mean report.date?
            --port.retry.max-atempts=3         | Unknown setting port.retry.max-atempts: did you mean port.retry.max-attempts?
            --port.schema.blueprints.rnu=runs  | Unknown setting port.schema.blueprints.rnu: did you mean port.schema.blueprints.run?
            --report.email.tto=cto@example.com | Unknown setting report.email.tto: did you mean report.email.to?
            """)
    void anUnknownSettingIsRefusedWithTheClosestKnownOne(String setting, String message, CapturedOutput output) {
        assertThat(refusedBeforeStarting(output, "--spring.profiles.active=demo", setting))
                .isEqualTo(message + UNKNOWN_SETTING_ADVICE);
    }

    @Test
    void anUnknownSettingInASettingsFileIsNamedWithItsPlace(CapturedOutput output) throws IOException {
        Path settings = Files.writeString(folder.resolve("application.yml"), """
                report:
                  zone: UTC
                  pdf:
                    organization: Acme
                """);

        assertThat(refusedBeforeStarting(output, "--spring.profiles.active=demo",
                "--spring.config.additional-location=file:" + settings))
                .startsWith("Unknown setting report.pdf.organization (")
                .contains(settings.getFileName() + "] - 4:")
                .endsWith("): did you mean report.pdf.organisation?" + UNKNOWN_SETTING_ADVICE);
    }

    @Test
    void anUnknownEnvironmentVariableIsNamedAsAnEnvironmentVariable() throws Exception {
        ProcessBuilder job = new ProcessBuilder(new ReportCli(folder).javaCommand("--spring.profiles.active=demo"))
                .redirectErrorStream(true);
        job.environment().put("REPORT_DAT", "2026-11-01");
        job.environment().put("REPORT_DRY_RUN", "true"); // report.dry-run, as Spring Boot binds it

        Process process = job.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(output.strip()).isEqualTo("Unknown setting REPORT_DAT (environment variable): did you mean"
                + " REPORT_DATE?" + UNKNOWN_SETTING_ADVICE);
        assertThat(folder.resolve("db")).doesNotExist();
    }

    @Test
    void everySpellingThatSpringBootBindsIsKnown(CapturedOutput output) {
        // refused further on, for want of credentials: the names passed
        assertThat(refused(output, "--report.dryRun=true", "--report.email.to[0]=cto@example.com",
                "--port.schema.run.created_at=created", "--REPORT.EXCEL.RUNS-WINDOW-DAYS=7"))
                .startsWith("No Port credentials and no export folder");
    }

    @Test
    void aDateWhoseDayHasNotEndedIsRefused(CapturedOutput output) {
        assertThat(refused(output, "--spring.profiles.active=demo", "--report.date=2030-01-01")).isEqualTo(
                "report.date=2030-01-01 has not ended in UTC: its as-of instant, 2030-01-02T00:00:00Z, is in the future,"
                        + " so the report would miss the runs still to come. Give a date that has ended (yesterday is"
                        + " the default), or add --report.partial-day=true for a partial report of today so far.");
    }

    @Test
    void todayIsRefusedInTheReportZoneWithoutPartialDay(CapturedOutput output) {
        // UTC+14: today there has not ended, whatever the time in UTC
        ZoneId zone = ZoneId.of("Pacific/Kiritimati");
        LocalDate today = LocalDate.now(zone);

        assertThat(refused(output, "--spring.profiles.active=demo", "--report.date=" + today, "--report.zone=" + zone))
                .startsWith("report.date=" + today + " has not ended in Pacific/Kiritimati: its as-of instant, "
                        + today.plusDays(1).atStartOfDay(zone).toInstant() + ", is in the future");
    }

    @Test
    void aBackfillThatEndsInTheFutureIsRefusedBeforeItsFirstDate(CapturedOutput output) {
        assertThat(refused(output, "--spring.profiles.active=demo", "--report.date=", "--report.from=2026-09-29",
                "--report.to=2030-01-01", "--report.zone=Europe/Berlin"))
                .startsWith("report.to=2030-01-01 has not ended in Europe/Berlin: its as-of instant,"
                        + " 2030-01-01T23:00:00Z, is in the future");
    }

    @Test
    void partialDayMakesOnlyTodayNotADayToCome(CapturedOutput output) {
        assertThat(refused(output, "--spring.profiles.active=demo", "--report.date=2030-01-01",
                "--report.partial-day=true")).isEqualTo("report.date=2030-01-01 has not begun in UTC:"
                        + " report.partial-day=true makes a partial report of today only (" + LocalDate.now(ZoneOffset.UTC)
                        + " in UTC).");
    }

    /** Runs the command, which must be refused with no report made; its one line on stderr. */
    private String refused(CapturedOutput output, String... args) {
        assertThat(new ReportCli(folder).run(args)).as("exit code").isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(folder.resolve("reports")).doesNotExist();
        return oneLineOf(output);
    }

    /** {@link #refused}, before anything started: no job repository was opened. */
    private String refusedBeforeStarting(CapturedOutput output, String... args) {
        String refusal = refused(output, args);
        assertThat(folder.resolve("db")).as("the job repository's H2 file").doesNotExist();
        return refusal;
    }

    private static String oneLineOf(CapturedOutput output) {
        assertThat(output.getErr().strip().lines()).as("stderr").hasSize(1);
        return output.getErr().strip();
    }
}
