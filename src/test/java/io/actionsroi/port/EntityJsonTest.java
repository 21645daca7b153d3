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
        try (JsonParser parser = EntityJson.FACTORY.createParser(ObjectReadContext.empty(), json)) {
            parser.nextToken();
            return EntityJson.readEntity(parser);
        }
    }
}
