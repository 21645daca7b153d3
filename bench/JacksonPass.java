import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The floor of the runs step, for bench/run.sh: every page of a blueprint's search fetched from the
 * Port-like server one after the other over one keep-alive connection, un-gzipped, and every token of
 * it read by Jackson's streaming parser, with nothing kept but the next cursor and a count of entities.
 * The job's runs step does that and more (classifies, folds, keeps the workbook's runs), so its time
 * over this one is what the job adds to the bare reading of the same pages.
 *
 * <p>Run from source, with the job's own jackson-core on the class path: {@code java -cp jackson-core.jar
 * bench/JacksonPass.java BASE_URL BLUEPRINT}, the client secret in BENCH_CLIENT_SECRET. Prints
 * {@code entities=N pages=P millis=T}, T from the token request to the last page parsed (the JVM's
 * start and the compilation of this file left out, as the runs step's time leaves out the job's).
 */
public class JacksonPass {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String blueprint = args[1];
        JsonFactory json = new JsonFactory();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        String token = field(json, http.send(post(base + "/v1/auth/access_token",
                "{\"clientId\":\"bench\",\"clientSecret\":\"" + System.getenv("BENCH_CLIENT_SECRET") + "\"}", null),
                HttpResponse.BodyHandlers.ofInputStream()).body(), "accessToken");
        long entities = 0;
        int pages = 0;
        String next = null;
        do {
            String body = "{\"limit\":1000" + (next == null ? "" : ",\"from\":\"" + next + "\"") + "}";
            HttpResponse<InputStream> page = http.send(post(base + "/v1/blueprints/" + blueprint + "/entities/search",
                    body, token), HttpResponse.BodyHandlers.ofInputStream());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("page " + pages + " answered " + page.statusCode());
            }
            boolean gzipped = page.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
            next = null;
            try (InputStream in = gzipped ? new GZIPInputStream(page.body(), 1 << 16) : page.body();
                    JsonParser parser = json.createParser(ObjectReadContext.empty(), in)) {
                int depth = 0;
                JsonToken read;
                while ((read = parser.nextToken()) != null) {
                    if (read == JsonToken.START_OBJECT || read == JsonToken.START_ARRAY) {
                        depth++;
                        // an entity: an object directly in the answer's "entities" array
                        if (depth == 3 && read == JsonToken.START_OBJECT) {
                            entities++;
                        }
                    } else if (read == JsonToken.END_OBJECT || read == JsonToken.END_ARRAY) {
                        depth--;
                    } else if (read == JsonToken.VALUE_STRING) {
                        String text = parser.getString();
                        if (depth == 1 && "next".equals(parser.currentName())) {
                            next = text;
                        }
                    }
                }
            }
            pages++;
        } while (next != null);
        System.out.printf("entities=%d pages=%d millis=%d%n", entities, pages, (System.nanoTime() - start) / 1_000_000);
    }

    private static HttpRequest post(String url, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static String field(JsonFactory json, InputStream body, String name) {
        try (JsonParser parser = json.createParser(ObjectReadContext.empty(), body)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.VALUE_STRING && name.equals(parser.currentName())) {
                    return parser.getString();
                }
            }
        }
        throw new IllegalStateException("no " + name + " in the answer");
    }
}
