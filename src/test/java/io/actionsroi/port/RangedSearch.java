package io.actionsroi.port;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WireMock extension that answers Port's entity search of one blueprint the way Port does, rules
 * included: entities {@code 0..n-1}, created at instants that never decrease with the index, served
 * oldest first, in pages of the request's {@code limit}, filtered by the {@code $createdAt} rules
 * {@code >=} and {@code <} (any other rule is refused with a 400, so that a test sees what it sends).
 * The cursor holds the index of the next entity. Stub the search with {@link #answer()}; each search it
 * answers is recorded with its rules.
 */
public final class RangedSearch implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "ranged-search";

    /** One search answered: its rules' ends (null when open) and the entities it returned. */
    public record Served(Instant from, Instant to, String cursor, int entities) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Blueprint> blueprints = new ConcurrentHashMap<>();
    private final Queue<Served> served = new ConcurrentLinkedQueue<>();

    /**
     * Serves a blueprint: {@code count} entities, entity {@code i} created at {@code createdAt.apply(i)}
     * (never decreasing) and written as {@code json.apply(i)}.
     */
    public void serve(String blueprint, int count, IntFunction<Instant> createdAt, IntFunction<String> json) {
        blueprints.put(blueprint, new Blueprint(count, createdAt, json));
    }

    /** The answer to stub the search with: this extension fills it in. */
    public static ResponseDefinitionBuilder answer() {
        return ResponseDefinitionBuilder.responseDefinition().withTransformers(NAME);
    }

    public List<Served> served() {
        return List.copyOf(served);
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String path = serveEvent.getRequest().getUrl().replaceFirst("\\?.*", "");
        String blueprintId = path.replaceFirst("^/v1/blueprints/([^/]+)/entities/search$", "$1");
        Blueprint blueprint = blueprints.get(blueprintId);
        ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition()).but()
                .withHeader("Content-Type", "application/json");
        if (blueprint == null) {
            return answer.withStatus(404).withBody("{\"ok\":false,\"error\":\"not_found\"}").build();
        }
        JsonNode request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
        Instant from = null;
        Instant to = null;
        for (JsonNode rule : request.path("query").path("rules")) {
            String operator = rule.path("operator").asString();
            if (!rule.path("property").asString().equals("$createdAt") || !(operator.equals(">=") || operator.equals("<"))) {
                return answer.withStatus(400).withBody("{\"ok\":false,\"error\":\"unexpected rule " + rule + "\"}").build();
            }
            Instant value = Instant.parse(rule.path("value").asString());
            if (operator.equals(">=")) {
                from = value;
            } else {
                to = value;
            }
        }
        int end = to == null ? blueprint.count : blueprint.firstAtOrAfter(to);
        String cursor = request.path("from").isMissingNode() ? null : request.path("from").asString();
        int start = cursor != null ? Integer.parseInt(cursor) : from == null ? 0 : blueprint.firstAtOrAfter(from);
        int last = Math.min(end, start + request.path("limit").asInt());
        StringBuilder body = new StringBuilder("{\"ok\":true,\"entities\":[");
        for (int i = start; i < last; i++) {
            body.append(i == start ? "" : ",").append(blueprint.json.apply(i));
        }
        body.append(']');
        if (last < end) {
            body.append(",\"next\":\"").append(last).append('"');
        }
        served.add(new Served(from, to, cursor, Math.max(0, last - start)));
        return answer.withStatus(200).withBody(body.append('}').toString()).build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    private record Blueprint(int count, IntFunction<Instant> createdAt, IntFunction<String> json) {

        /** The first index created at or after the instant: a binary search, the instants never decrease. */
        int firstAtOrAfter(Instant instant) {
            int low = 0;
            int high = count;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (createdAt.apply(middle).isBefore(instant)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
