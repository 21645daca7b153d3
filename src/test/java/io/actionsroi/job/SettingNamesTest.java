package io.actionsroi.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names a record binds, in every spelling Spring Boot binds them, and nothing else; and the application's,
 * as docs/settings.md documents them.
 */
class SettingNamesTest {

    record Channel(String webhook) {
    }

    record Archive(boolean enabled, Duration keepFor) {
    }

    record Team(boolean dryRun, Duration deadRunAfter, List<String> testTo, Map<String, List<String>> recipients,
            List<Channel> channels, Archive archive) {
    }

    private final SettingNames names = new SettingNames().add("report.team", Team.class).add("port", Archive.class);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "report.team.dry-run", "report.team.dryRun", "report.team.dry_run", "REPORT.TEAM.DRY-RUN",
            "report.team.test-to", "report.team.test-to[0]", "report.team.recipients.platform",
            "report.team.recipients[platform]", "report.team.recipients.platform[1]", "report.team.channels[0].webhook",
            "report.team.archive.keep-for", "report.team", "port", "port.keep-for" })
    void aSettingInAnySpellingSpringBootBindsIsKnown(String name) {
        assertThat(names.isUnknown(name, false)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "REPORT_TEAM_DRY_RUN", "REPORT_TEAM_DRYRUN", "report_team_dry_run",
            "REPORT_TEAM_DEAD_RUN_AFTER", "REPORT_TEAM_DEADRUNAFTER", "REPORT_TEAM_TEST_TO_0",
            "REPORT_TEAM_RECIPIENTS_PLATFORM", "REPORT_TEAM_CHANNELS_0_WEBHOOK", "REPORT_TEAM_ARCHIVE_KEEP_FOR", "PORT" })
    void anEnvironmentVariableInAnyFormSpringBootBindsIsKnown(String name) {
        assertThat(names.isUnknown(name, true)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "report.dat", "report.team.dry.run", "report.team.test-to.x", "report.team.channels[0].web",
            "report.team.archive.keep", "report.team.archive.keep-for.days", "port.enabled.x" })
    void anyOtherNameBelowTheirNamespacesIsUnknown(String name) {
        assertThat(names.isUnknown(name, false)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "REPORT_DAT", "REPORT_TEAM_DEAD_RUNAFTER", "REPORT__TEAM_DRY_RUN", "PORT_ENABLE",
            "REPORT_TEAM_TEST_TO_X" })
    void anyOtherEnvironmentVariableBelowTheirNamespacesIsUnknown(String name) {
        assertThat(names.isUnknown(name, true)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "spring.mail.host", "logging.level.root", "reports.x", "portal.x" })
    void namesOutsideTheirNamespacesAreNotJudged(String name) {
        assertThat(names.isUnknown(name, false)).isFalse();
        assertThat(names.isUnknown(name.toUpperCase().replace('.', '_'), true)).isFalse();
    }

    @Test
    void theDocsDocumentEverySettingOfTheApplicationAndNoOther() throws IOException {
        // the first column of the setting tables: `report.from`, `report.to` | none | ...; docs/settings.md holds
        // all but the PDF's branding (docs/outputs.md) and the one-off runs (docs/operations.md), and points to them
        Pattern setting = Pattern.compile("`((?:report|port)\\.[a-z0-9.-]+)`");
        Set<String> documented = new TreeSet<>();
        for (String file : List.of("README.md", "docs/settings.md", "docs/outputs.md", "docs/operations.md")) {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith("| `")) {
                    setting.matcher(line.split("\\|")[1]).results().map(match -> match.group(1))
                            .forEach(documented::add);
                }
            }
        }
        SettingNames application = SettingNames.of("io.actionsroi");

        assertThat(documented).as("settings the docs list")
                .contains("report.date", "port.schema.run.status", "report.pdf.logo", "report.resend");
        assertThat(documented).filteredOn(name -> application.isUnknown(name, false)).as("unknown settings in the docs")
                .isEmpty();
        assertThat(application.names()).as("settings the docs do not list").allMatch(documented::contains);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            report.team.dry-rn          | false | report.team.dry-run
            report.team.recipient.x     | false | report.team.recipients
            port.enable                 | false | port.enabled
            REPORT_TEAM_DEAD_RUNAFTER   | true  | REPORT_TEAM_DEAD_RUN_AFTER
            report_team_archive_enable  | true  | REPORT_TEAM_ARCHIVE_ENABLED
            """)
    void theClosestKnownSettingIsWrittenAsTheUnknownOneIs(String name, boolean environmentVariable, String closest) {
        assertThat(names.closest(name, environmentVariable)).isEqualTo(closest);
    }
}
