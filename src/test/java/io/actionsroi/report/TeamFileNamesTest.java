package io.actionsroi.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TeamFileNamesTest {

    private static final List<String> HOSTILE = List.of("../x", "..", ".", "a/b", "a\\b", "a:b", "CON", "con", "Con.txt",
            "nul", "lpt1", "x".repeat(300), "x".repeat(301), "チーム・プラットフォーム", "команда", "équipe", "equipe",
            "team@corp.example", "a=b+c", "trailing.", ".hidden", "with space", "tab\there", "new\nline", "null\u0000byte",
            "Platform", "platform");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "platform", "payments-eu", "data_eng", "team.v2", "a1" })
    void anIdentifierThatIsAlreadySafeIsItsOwnName(String identifier) {
        assertThat(TeamFileNames.of(identifier)).isEqualTo(identifier);
    }

    @Test
    void aChangedIdentifierKeepsWhatReadsAndAddsAHashOfTheIdentifier() {
        assertThat(TeamFileNames.of("a/b")).matches("a_b-[0-9a-f]{10}");
        assertThat(TeamFileNames.of("team@corp.example")).matches("team_corp.example-[0-9a-f]{10}");
        assertThat(TeamFileNames.of("Équipe")).matches("equipe-[0-9a-f]{10}");
        assertThat(TeamFileNames.of("CON")).matches("con-[0-9a-f]{10}");
        assertThat(TeamFileNames.of("con")).as("a Windows device name, even unchanged").matches("con-[0-9a-f]{10}");
        // python3 -c "import hashlib; print(hashlib.sha256(('x' * 300).encode()).hexdigest()[:10])"
        assertThat(TeamFileNames.of("x".repeat(300))).as("cut to 40, then the hash of the whole identifier")
                .isEqualTo("x".repeat(40) + "-0d4e2ca9e9");
    }

    @Test
    void theHashIsTheFirstTenHexDigitsOfTheIdentifiersSha256() {
        // python3 -c "import hashlib; print(hashlib.sha256('Payments/EU'.encode()).hexdigest()[:10])"
        assertThat(TeamFileNames.of("Payments/EU")).isEqualTo("payments_eu-1f85e621b6");
    }

    @Test
    void hostileIdentifiersGetNamesThatAreSafeAndDistinctEvenIgnoringCase() {
        Set<String> names = new HashSet<>();
        for (String identifier : HOSTILE) {
            String name = TeamFileNames.of(identifier);
            assertThat(name).as(identifier).matches("[a-z0-9_][a-z0-9_.-]*[a-z0-9_]").hasSizeLessThanOrEqualTo(51)
                    .doesNotContain("..");
            assertThat(names.add(name.toLowerCase(Locale.ROOT))).as("a second identifier named " + name).isTrue();
        }
    }

    @Test
    void everyNameIsAFolderInsideTeamsOnThisFileSystem(@TempDir Path folder) throws IOException {
        Path teams = folder.resolve("teams");
        for (String identifier : HOSTILE) {
            Path team = teams.resolve(TeamFileNames.of(identifier));
            assertThat(team.normalize().getParent()).as(identifier).isEqualTo(teams);
            Files.createDirectories(team);
            Files.writeString(team.resolve("actions-roi-2026-11-15-" + TeamFileNames.of(identifier) + ".json"), "{}");
        }
        try (var created = Files.list(teams)) {
            assertThat(created).hasSize(HOSTILE.size());
        }
    }
}
