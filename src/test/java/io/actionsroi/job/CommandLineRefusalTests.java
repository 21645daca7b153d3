package io.actionsroi.job;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad settings are refused before any work: one clear line on stderr, a non-zero exit, no report. */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineRefusalTests {

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
        assertThat(oneLineOf(output)).startsWith("port.trust-store " + missing + " does not exist")
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

    private static String oneLineOf(CapturedOutput output) {
        assertThat(output.getErr().strip().lines()).as("stderr").hasSize(1);
        return output.getErr().strip();
    }
}
