package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

class EntityJsonTest {

    @Test
    void mapsEachJsonTypeToPlainJava() {
        PortEntity entity = parse("""
                {"identifier": "r1", "title": null, "createdAt": "2026-11-20T10:15:31.002Z",
                 "icon": {"ignored": [1, 2]}, "team": [],
                 "properties": {"int": 48, "huge": 123456789012345678901234567890, "decimal": 812.4,
                                "text": "x", "yes": true, "no": false, "nothing": null,
                                "list": [1, "a", null, 2.5], "object": {"b": 1, "a": [true]}}}""");

        assertThat(entity.identifier()).isEqualTo("r1");
        assertThat(entity.title()).isNull();
        assertThat(entity.createdAt()).isEqualTo("2026-11-20T10:15:31.002Z");
        assertThat(entity.relations()).isEmpty();
        Map<String, Object> properties = entity.properties();
        assertThat(properties).containsOnlyKeys("int", "huge", "decimal", "text", "yes", "no", "nothing", "list", "object");
        assertThat(properties.get("int")).isEqualTo(48L);
        assertThat(properties.get("huge")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(properties.get("decimal")).isEqualTo(812.4);
        assertThat(properties.get("text")).isEqualTo("x");
        assertThat(properties.get("yes")).isEqualTo(true);
        assertThat(properties.get("no")).isEqualTo(false);
        assertThat(properties).containsEntry("nothing", null);
        assertThat(properties.get("list")).isEqualTo(Arrays.asList(1L, "a", null, 2.5));
        assertThat(properties.get("object")).isEqualTo(Map.of("b", 1L, "a", List.of(true)));
        assertThat((Map<?, ?>) properties.get("object")).extractingFromEntries(Map.Entry::getKey).containsExactly("b", "a");
    }

    @Test
    void keepsOnlyTheIncludedPropertiesAndRelationsInTheirOrder() {
        PortEntity entity = parse("""
                {"identifier": "r1", "title": "Run 1", "createdAt": "2026-11-20T10:15:31.002Z",
                 "properties": {"ran_by": "jane", "status": "SUCCESS", "extra": {"deep": [1, {"x": "y"}]},
                                "team_2": ["web"], "duration": 12.5, "skipped_number": 1e300},
                 "relations": {"ran_by_actual_user": {"identifier": "jane"}, "parent_action": "a1"}}""",
                IncludedFields.of(List.of("$identifier", "$title", "duration", "status", "team_2", "parent_action")));

        assertThat(entity.identifier()).isEqualTo("r1");
        assertThat(entity.title()).isEqualTo("Run 1");
        assertThat(entity.createdAt()).isEqualTo("2026-11-20T10:15:31.002Z");
        assertThat(entity.properties()).extractingFromEntries(Map.Entry::getKey)
                .containsExactly("status", "team_2", "duration");
        assertThat(entity.properties()).containsEntry("team_2", List.of("web")).containsEntry("duration", 12.5);
        assertThat(entity.relations()).isEqualTo(Map.of("parent_action", "a1"));
    }

    @Test
    void aNullOrMissingPropertiesObjectIsEmpty() {
        PortEntity entity = parse("{\"identifier\": \"r1\", \"properties\": null}");

        assertThat(entity.properties()).isEmpty();
        assertThat(entity.title()).isNull();
        assertThat(entity.createdAt()).isNull();
    }

    @Test
    void rejectsAnEntityThatIsNotAnObject() {
        assertThatThrownBy(() -> parse("[\"r1\"]")).isInstanceOf(JacksonException.class);
    }

    private static PortEntity parse(String json) {
        return parse(json, IncludedFields.ALL);
    }

    private static PortEntity parse(String json, IncludedFields included) {
        try (JsonParser parser = EntityJson.FACTORY.createParser(ObjectReadContext.empty(), json)) {
            parser.nextToken();
            return EntityJson.readEntity(parser, included);
        }
    }
}
