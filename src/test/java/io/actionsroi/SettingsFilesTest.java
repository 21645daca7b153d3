package io.actionsroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The settings files in the repository (and so in the jar) name where credentials come from and
 * never hold one: a secret, password or token setting is empty or an environment placeholder.
 */
class SettingsFilesTest {

    private static final Pattern CREDENTIAL = Pattern.compile(
            "^\\s*[\\w.-]*(secret|password|token)[\\w.-]*\\s*[:=]\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALLOWED = Pattern.compile("\"\"|''|\\$\\{[A-Z0-9_]+:?}|");

    @Test
    void noSettingsFileHoldsACredential() throws IOException {
        List<Path> files;
        try (Stream<Path> resources = Files.walk(Path.of("src/main/resources"));
                Stream<Path> cron = Files.list(Path.of("cron"))) {
            files = Stream.concat(resources, cron)
                    .filter(file -> file.toString().matches(".*\\.(ya?ml|properties|example)$"))
                    .toList();
        }

        assertThat(files).extracting(Path::toString).contains("src/main/resources/application.yml");
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher credential = CREDENTIAL.matcher(lines.get(i));
                if (credential.matches() && !lines.get(i).strip().startsWith("#")) {
                    assertThat(credential.group(2).strip()).as("%s line %d", file, i + 1).matches(ALLOWED);
                }
            }
        }
    }
}
