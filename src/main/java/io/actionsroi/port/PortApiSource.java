package io.actionsroi.port;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads entities from Port's REST API with the paged entity search, authenticated with a client id
 * and secret. Transient failures are retried (see {@link PortProperties.Retry}); a refused token is
 * renewed unless it was issued since the last wait.
 */
public final class PortApiSource implements EntitySource {

    private static final Logger log = LoggerFactory.getLogger(PortApiSource.class);

    private final PortHttp http;
    private final TokenCache tokens;
    private final String clientId;
    private final String clientSecret;
    private final int pageSize;
    private final int readConcurrency;

    /**
     * @throws IllegalArgumentException when the client id or secret is blank
     */
    public PortApiSource(PortProperties settings) {
        this(settings, Sleeper.THREAD, Clock.systemUTC());
    }

    PortApiSource(PortProperties settings, Sleeper sleeper, Clock clock) {
        if (!settings.hasCredentials()) {
            throw new IllegalArgumentException("Port's API needs a client id and a client secret");
        }
        this.http = new PortHttp(settings, sleeper, clock);
        this.tokens = new TokenCache(this::fetchToken, clock);
        this.clientId = settings.clientId();
        this.clientSecret = settings.clientSecret();
        this.pageSize = settings.pageSize();
        this.readConcurrency = settings.readConcurrency();
    }

    /**
     * {@inheritDoc}
     *
     * <p>The first page is fetched here. An empty {@code fields} fetches every field.
     *
     * @throws BlueprintNotFoundException when Port answers 404
     * @throws BlueprintAccessDeniedException when Port answers 403
     */
    @Override
    public EntityCursor open(String blueprint, Collection<String> fields) {
        requireBlueprint(blueprint);
        return new ReadAheadCursor(blueprint, pages(blueprint, IncludedFields.of(fields), CreatedAtRange.ALL));
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code port.read-concurrency} ranges at a time, sized from the expected count at first; 1 reads one
     * cursor, as {@link #open} does. A 429 makes every reader wait (see {@link PortHttp}).
     *
     * @throws BlueprintNotFoundException when Port answers 404
     * @throws BlueprintAccessDeniedException when Port answers 403
     */
    @Override
    public EntityCursor openByCreationTime(String blueprint, Collection<String> fields, Instant recent,
            OptionalLong expected) {
        if (readConcurrency == 1) {
            return open(blueprint, fields);
        }
        requireBlueprint(blueprint);
        IncludedFields include = IncludedFields.of(fields);
        CreationTimeRanges ranges = new CreationTimeRanges(recent, expected, pageSize, readConcurrency);
        log.info("Reading the entities of blueprint '{}' as ranges of their creation time, {} at a time",
                blueprint, readConcurrency);
        return new ConcurrentRangeCursor(blueprint, readConcurrency, ranges, range -> pages(blueprint, include, range));
    }

    /** Port's {@code entities-count}; empty when it cannot be had: it only feeds progress and first range sizes. */
    @Override
    public OptionalLong count(String blueprint) {
        String path = blueprintPath(blueprint) + "/entities-count";
        try {
            return OptionalLong.of(authorized(token -> http.get(path, token),
                    attempts -> http.sendOnce(attempts, PortApiSource::readCount)));
        } catch (PortException | PortRejection e) {
            log.debug("No entity count for blueprint '{}': {}", blueprint,
                    e instanceof PortRejection rejection ? rejection.describe() : e.getMessage());
            return OptionalLong.empty();
        }
    }

    /** The base URL. */
    @Override
    public String description() {
        return http.baseUrl();
    }

    private static void requireBlueprint(String blueprint) {
        if (blueprint == null || blueprint.isBlank()) {
            throw new IllegalArgumentException("A blueprint identifier is required");
        }
    }

    private SearchPages pages(String blueprint, IncludedFields include, CreatedAtRange range) {
        return new SearchPages(blueprint, from -> searchPage(blueprint, include, range, from));
    }

    private SearchPage searchPage(String blueprint, IncludedFields include, CreatedAtRange range, String from) {
        String path = blueprintPath(blueprint) + "/entities/search";
        byte[] body = json(json -> {
            json.writeName("query");
            json.writeStartObject();
            json.writeStringProperty("combinator", "and");
            json.writeArrayPropertyStart("rules");
            range.writeRules(json);
            json.writeEndArray();
            json.writeEndObject();
            if (!include.names().isEmpty()) {
                json.writeArrayPropertyStart("include");
                include.names().forEach(json::writeString);
                json.writeEndArray();
            }
            json.writeNumberProperty("limit", pageSize);
            if (from != null) {
                json.writeStringProperty("from", from);
            }
        });
        try {
            SearchPage page = authorized(token -> http.post(path, body, token),
                    attempts -> http.send(attempts, answer -> SearchPage.read(answer, include)));
            log.debug("Read a page of {} entities of blueprint '{}' {}{}", page.entities().size(), blueprint,
                    range.describe(), page.next() == null ? ", the last one" : "");
            return page;
        } catch (PortRejection rejection) {
            if (rejection.status() == 404) {
                throw new BlueprintNotFoundException(blueprint, "Port has no blueprint '" + blueprint + "' ("
                        + rejection.describe() + "): check the blueprint identifier settings.");
            }
            String message = "Port refused to search the entities of blueprint '" + blueprint + "': "
                    + rejection.describe() + ". Retrying will not help: check the blueprint and field identifiers"
                    + " in the settings, and that client id '" + clientId + "' may read this blueprint; if they"
                    + " are right, give Port support the trace id.";
            throw rejection.status() == 403 ? new BlueprintAccessDeniedException(message) : new PortException(message);
        }
    }

    /** Sends an authorized call (see {@link Authorized}). */
    private <T> T authorized(Function<String, HttpRequest> request, Call<T> call) throws PortRejection {
        try {
            return call.send(new Authorized(request));
        } catch (PortRejection rejection) {
            if (rejection.status() != 401) {
                throw rejection;
            }
            throw new PortException("Port refused a freshly issued access token for client id '" + clientId
                    + "' (" + rejection.describe() + "). Check that port.base-url is the region of the"
                    + " organisation these credentials belong to; if it is, give Port support the trace id.");
        }
    }

    private AccessToken fetchToken() {
        byte[] body = json(json -> {
            json.writeStringProperty("clientId", clientId);
            json.writeStringProperty("clientSecret", clientSecret);
        });
        try {
            return http.send(waitEnded -> http.post("/v1/auth/access_token", body, null), AccessToken::read);
        } catch (PortRejection rejection) {
            if (rejection.status() == 401 || rejection.status() == 403) {
                throw new PortException("Port refused the client id '" + clientId + "' (" + rejection.describe()
                        + "). Check PORT_CLIENT_ID and PORT_CLIENT_SECRET"
                        + " (or port.client-id / port.client-secret): they must be one pair of Port credentials,"
                        + " of an organisation in the region of port.base-url (" + http.baseUrl() + ").");
            }
            throw new PortException("Port did not issue an access token for client id '" + clientId + "': "
                    + rejection.describe() + ".");
        }
    }

    /** Reads {@code {"ok": true, "count": <n>}}. */
    private static long readCount(InputStream body) {
        if (EntityJson.readObject(body, "a count answer").get("count") instanceof Number count) {
            return count.longValue();
        }
        throw new StreamReadException(null, "The count answer has no 'count'");
    }

    private static String blueprintPath(String blueprint) {
        return "/v1/blueprints/" + URLEncoder.encode(blueprint, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A JSON object whose fields the writer adds. */
    private static byte[] json(Consumer<JsonGenerator> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = EntityJson.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            fields.accept(json);
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    /**
     * The attempts of an authorized call, each with the token current when it is sent. A token Port
     * refuses is renewed and the call sent again at once, unless it was issued after the attempt's
     * wait ended: a new one would fare no better, and the refusal fails the call.
     */
    private final class Authorized implements PortHttp.Attempts {

        private final Function<String, HttpRequest> request;
        private TokenCache.Token sent;
        private Instant waitEnded;

        Authorized(Function<String, HttpRequest> request) {
            this.request = request;
        }

        @Override
        public HttpRequest request(Instant waitEnded) {
            this.waitEnded = waitEnded;
            sent = tokens.token();
            return request.apply(sent.value());
        }

        @Override
        public boolean retryRefused(PortRejection refusal) {
            if (refusal.status() != 401 || !sent.issuedAt().isBefore(waitEnded)) {
                return false;
            }
            log.info("Port refused the access token received before this attempt ({}); fetching a new one",
                    refusal.describe());
            tokens.invalidate(sent);
            return true;
        }
    }

    /** One call, by {@link PortHttp#send} or {@link PortHttp#sendOnce}. */
    @FunctionalInterface
    private interface Call<T> {
        T send(PortHttp.Attempts attempts) throws PortRejection;
    }
}
