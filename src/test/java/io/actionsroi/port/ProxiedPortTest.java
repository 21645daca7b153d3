package io.actionsroi.port;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.actionsroi.tls.TestCertificates;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Port over HTTPS behind a real proxy that asks for a password, as on a corporate network: tinyproxy
 * (see {@link Tinyproxy}), and Port's certificate signed by a CA of the test's own, trusted only
 * through {@code port.trust-store}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProxiedPortTest {

    private static final String PROXY_USER = "roi-proxy";
    private static final String PROXY_PASSWORD = "Pr0xy-pa55-never-printed";
    private static final String CLIENT_SECRET = "s3cr3t-do-not-print";
    private static final String SEARCH_PATH = "/v1/blueprints/action_run/entities/search";

    @TempDir
    static Path folder;
    private static TestCertificates certificates;
    private static WireMockServer port;
    private static Tinyproxy proxy;

    private final List<Duration> waits = new ArrayList<>();

    @BeforeAll
    static void startPortBehindTheProxy() throws Exception {
        certificates = TestCertificates.get();
        port = new WireMockServer(certificates.httpsOnly(options().bindAddress("127.0.0.1")
                .extensions(new PortRateLimitHeaders())));
        port.start();
        port.stubFor(post("/v1/auth/access_token").willReturn(okJson(
                "{\"ok\": true, \"accessToken\": \"tok-1\", \"expiresIn\": 10800, \"tokenType\": \"Bearer\"}")));
        port.stubFor(post(SEARCH_PATH).willReturn(okJson("{\"ok\": true, \"entities\": ["
                + "{\"identifier\": \"r1\", \"title\": \"Run 1\", \"properties\": {\"status\": \"SUCCESS\"}},"
                + "{\"identifier\": \"r2\", \"title\": \"Run 2\", \"properties\": {\"status\": \"FAILURE\"}}]}")));
        proxy = Tinyproxy.start(folder, port.httpsPort(), PROXY_USER, PROXY_PASSWORD);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (proxy != null) {
            proxy.close();
        }
        if (port != null) {
            port.stop();
        }
    }

    @Test
    void readsPortOverHttpsThroughTheProxyTrustingTheCaOfAPemTrustStore(CapturedOutput output) throws Exception {
        PortProperties settings = settings(proxy.url(PROXY_USER, PROXY_PASSWORD), null, null, certificates.caPem(), null);

        assertThat(identifiers(source(settings))).containsExactly("r1", "r2");

        assertThat(proxy.log()).contains("CONNECT 127.0.0.1:" + port.httpsPort());
        assertThat(port.findAll(postRequestedFor(urlPathEqualTo(SEARCH_PATH)))).isNotEmpty()
                .allSatisfy(request -> assertThat(request.getHeaders().keys()).noneMatch(name -> name.toLowerCase().startsWith("proxy-")));
        assertThat(output.getAll()).contains("through the proxy http://127.0.0.1:")
                .doesNotContain(PROXY_PASSWORD).doesNotContain(basic(PROXY_USER, PROXY_PASSWORD)).doesNotContain(CLIENT_SECRET);
        assertThat(waits).isEmpty();
    }

    @Test
    void takesTheProxyCredentialsFromTheirOwnSettingsAndTrustsAPkcs12TrustStore() throws Exception {
        int tunnels = tunnels();
        PortProperties settings = settings(proxyWithoutCredentials(), PROXY_USER, PROXY_PASSWORD, certificates.caPkcs12(), TestCertificates.PASSWORD);

        assertThat(identifiers(source(settings))).containsExactly("r1", "r2");
        assertThat(tunnels()).isGreaterThan(tunnels);
    }

    @Test
    void aWrongProxyPasswordFailsAtOnceSayingWhatToCheckAndNeverThePassword(CapturedOutput output) {
        String wrong = "wr0ng-pa55-never-printed";
        PortProperties settings = settings(proxy.url(PROXY_USER, wrong), null, null, certificates.caPem(), null);

        assertThatThrownBy(() -> source(settings).open("action_run", List.of()))
                .isInstanceOf(PortException.class)
                .hasMessageContaining("from the proxy")
                .hasMessageContaining("port.proxy-password")
                .message().doesNotContain(wrong).doesNotContain(PROXY_USER);
        assertThat(output.getAll()).doesNotContain(wrong).doesNotContain(basic(PROXY_USER, wrong));
        assertThat(waits).isEmpty();
    }

    @Test
    void aProxyAskingForCredentialsThatWereNotGivenSaysWhichSettingsToSet() {
        PortProperties settings = settings(proxyWithoutCredentials(), null, null, certificates.caPem(), null);

        assertThatThrownBy(() -> source(settings).open("action_run", List.of()))
                .isInstanceOf(PortException.class)
                .hasMessageContaining("HTTP 407 from the proxy")
                .hasMessageContaining("port.proxy-username");
        assertThat(waits).isEmpty();
    }

    @Test
    void withoutTheTrustStoreTheInspectedCertificateIsRefusedAtOnceNamingTheSetting() {
        PortProperties settings = settings(proxy.url(PROXY_USER, PROXY_PASSWORD), null, null, null, null);

        assertThatThrownBy(() -> source(settings).open("action_run", List.of()))
                .isInstanceOf(PortException.class)
                .hasMessageContaining("is not trusted")
                .hasMessageContaining("port.trust-store")
                .message().doesNotContain(PROXY_PASSWORD);
        assertThat(waits).isEmpty();
    }

    private PortApiSource source(PortProperties settings) {
        return new PortApiSource(settings, waits::add, Clock.systemUTC());
    }

    private static PortProperties settings(String proxyUrl, String user, String password, Path trustStore,
            String trustStorePassword) {
        return new PortProperties(URI.create("https://127.0.0.1:" + port.httpsPort()), "client-abc", CLIENT_SECRET, null,
                Duration.ofSeconds(5), Duration.ofSeconds(10), 1000, 1,
                new PortProperties.Retry(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMinutes(5)),
                proxyUrl, user, password, trustStore, trustStorePassword);
    }

    private static List<String> identifiers(PortApiSource source) {
        List<String> identifiers = new ArrayList<>();
        try (EntityCursor cursor = source.open("action_run", List.of())) {
            cursor.forEachRemaining(entity -> identifiers.add(entity.identifier()));
        }
        return identifiers;
    }

    private static String proxyWithoutCredentials() {
        return proxy.url(PROXY_USER, PROXY_PASSWORD).replace(PROXY_USER + ":" + PROXY_PASSWORD + "@", "");
    }

    private static int tunnels() throws Exception {
        return proxy.log().split("CONNECT 127.0.0.1:" + port.httpsPort(), -1).length - 1;
    }

    private static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
