package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFolderSourceTest {

    private static final Path SAMPLE = Path.of("demo/port-export");
    private static final List<String> FIELDS =
            List.of("$identifier", "status", "duration", "lead_time_before", "team_2", "parent_action");

    @TempDir
    Path folder;

    @Test
    void streamsEveryEntityOfTheSampleExport() {
        List<PortEntity> entities = readAll(new ExportFolderSource(SAMPLE), "action_run");

        assertThat(entities).hasSize(2500);
        Set<String> identifiers = new HashSet<>();
        entities.forEach(entity -> identifiers.add(entity.identifier()));
        assertThat(identifiers).hasSize(2500);
        PortEntity first = entities.get(0);
        assertThat(first.identifier()).isEqualTo("r_6Thz3WZnF9mC3Rwf");
        assertThat(first.createdAt()).isEqualTo("2026-09-01T00:00:01.000Z");
        assertThat(first.properties())
                .containsEntry("status", "SUCCESS")
                .containsEntry("duration", 544.227)
                .containsEntry("lead_time_before", 16L)
                .containsEntry("team_2", List.of("growth"));
        assertThat(first.relations()).containsEntry("parent_action", "rotate_secrets");
    }

    @Test
    void keepsOnlyTheFieldsAskedFor() {
        PortEntity first;
        try (EntityCursor cursor = new ExportFolderSource(SAMPLE).open("action_run", List.of("status", "parent_action"))) {
            first = cursor.next();
        }

        assertThat(first.identifier()).isEqualTo("r_6Thz3WZnF9mC3Rwf");
        assertThat(first.properties()).containsOnlyKeys("status");
        assertThat(first.relations()).containsOnlyKeys("parent_action");
    }

    @Test
    void acceptsAnObjectWithAnEntitiesArray() throws IOException {
        Files.writeString(folder.resolve("action.json"), """
                {"ok": true, "meta": {"exported": [1, 2]},
                 "entities": [{"identifier": "a1", "title": "First"}, {"identifier": "a2"}], "next": null}""");

        assertThat(readAll(new ExportFolderSource(folder), "action"))
                .extracting(PortEntity::identifier).containsExactly("a1", "a2");
    }

    @Test
    void readsEntitiesOneAtATimeBeforeReachingABrokenTail() throws IOException {
        Files.writeString(folder.resolve("action_run.json"), """
                [
                 {"identifier": "r1"},
                 {"identifier": }
                ]""");

        try (EntityCursor cursor = new ExportFolderSource(folder).open("action_run", FIELDS)) {
            assertThat(cursor.next().identifier()).isEqualTo("r1");
            assertThatThrownBy(cursor::next)
                    .isInstanceOf(PortException.class)
                    .hasMessageContaining(folder.resolve("action_run.json").toAbsolutePath().toString())
                    .hasMessageContaining("line 3");
        }
    }

    @Test
    void readsThePagesBeforeABrokenEntityFurtherOnThenFailsWithItsPlace() throws IOException {
        StringBuilder file = new StringBuilder("[\n");
        for (int i = 0; i < 2500; i++) {
            file.append("{\"identifier\": \"r").append(i).append("\"},\n");
        }
        Files.writeString(folder.resolve("action_run.json"), file.append("{\"identifier\": }\n]"));

        List<PortEntity> entities = new ArrayList<>();
        try (EntityCursor cursor = new ExportFolderSource(folder).open("action_run", FIELDS)) {
            assertThatThrownBy(() -> cursor.forEachRemaining(entities::add))
                    .isInstanceOf(PortException.class)
                    .hasMessageContaining(folder.resolve("action_run.json").toAbsolutePath().toString())
                    .hasMessageContaining("line 2502");
        }
        assertThat(entities).hasSize(2500);
        assertThat(entities.get(2499).identifier()).isEqualTo("r2499");
    }

    @Test
    void anArrayElementThatIsNotAnEntityFailsWithItsPlace() throws IOException {
        Files.writeString(folder.resolve("action_run.json"), """
                [
                 {"identifier": "r1"},
                 "r2"
                ]""");

        try (EntityCursor cursor = new ExportFolderSource(folder).open("action_run", FIELDS)) {
            assertThat(cursor.next().identifier()).isEqualTo("r1");
            assertThatThrownBy(cursor::next)
                    .isInstanceOf(PortException.class)
                    .hasMessageContaining("an entity (a JSON object)")
                    .hasMessageContaining("line 3");
        }
    }

    @Test
    void rejectsAFileThatIsNotAnArrayOfEntities() throws IOException {
        Files.writeString(folder.resolve("action_run.json"), "{\"ok\": true}");

        assertThatThrownBy(() -> new ExportFolderSource(folder).open("action_run", FIELDS))
                .isInstanceOf(PortException.class)
                .hasMessageContaining("action_run.json")
                .hasMessageContaining("line 1");
    }

    @Test
    void aMissingFolderNamesTheFolderAndTheSetting() {
        Path missing = folder.resolve("no-such-folder");

        assertThatThrownBy(() -> new ExportFolderSource(missing))
                .isInstanceOf(PortException.class)
                .isNotInstanceOf(BlueprintNotFoundException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("port.export-dir");
    }

    @Test
    void aMissingFileIsAMissingBlueprint() {
        assertThatThrownBy(() -> new ExportFolderSource(folder).open("action_run", FIELDS))
                .isInstanceOfSatisfying(BlueprintNotFoundException.class,
                        e -> assertThat(e.blueprint()).isEqualTo("action_run"))
                .hasMessageContaining(folder.resolve("action_run.json").toAbsolutePath().toString());
    }

    @Test
    void describesItselfByTheFolderAsGivenAndCannotCount() {
        ExportFolderSource source = new ExportFolderSource(SAMPLE);

        assertThat(source.description()).isEqualTo("demo/port-export");
        assertThat(source.count("action_run")).isEmpty();
    }

    private static List<PortEntity> readAll(EntitySource source, String blueprint) {
        List<PortEntity> entities = new ArrayList<>();
        try (EntityCursor cursor = source.open(blueprint, FIELDS)) {
            cursor.forEachRemaining(entities::add);
        }
        return entities;
    }
}
