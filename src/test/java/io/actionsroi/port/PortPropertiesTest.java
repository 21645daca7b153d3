package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class PortPropertiesTest {

    private static ValidatorFactory validatorFactory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        validatorFactory = Validation.buildDefaultValidatorFactory();
        validator = validatorFactory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        validatorFactory.close();
    }

    @Test
    void bindsTheDefaults() {
        PortProperties settings = bind(Map.of());

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://api.getport.io"));
        assertThat(settings.exportDir()).isNull();
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.pageSize()).isEqualTo(1000);
        assertThat(settings.readConcurrency()).isEqualTo(4);
        assertThat(settings.retry()).isEqualTo(
                new PortProperties.Retry(8, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5)));
        assertThat(settings.hasCredentials()).isFalse();
        assertThat(settings.proxy()).isNull();
        assertThat(settings.trustStore()).isNull();
        assertThat(validator.validate(settings)).isEmpty();
    }

    @Test
    void bindsTheProxyAndTrustStoreSettings() {
        PortProperties settings = bind(Map.of(
                "port.proxy", "http://proxy.example.com:3128",
                "port.proxy-username", "alice",
                "port.proxy-password", "pa55-never-printed",
                "port.trust-store", "/etc/ssl/corporate-ca.pem",
                "port.trust-store-password", "st0re-never-printed"));

        assertThat(settings.proxy()).isEqualTo("http://proxy.example.com:3128");
        assertThat(settings.proxyUsername()).isEqualTo("alice");
        assertThat(settings.proxyPassword()).isEqualTo("pa55-never-printed");
        assertThat(settings.trustStore()).isEqualTo(Path.of("/etc/ssl/corporate-ca.pem"));
        assertThat(settings.trustStorePassword()).isEqualTo("st0re-never-printed");
        assertThat(settings.toString()).contains("proxy=http://proxy.example.com:3128", "trustStore=/etc/ssl/corporate-ca.pem")
                .doesNotContain("alice").doesNotContain("pa55-never-printed").doesNotContain("st0re-never-printed");
    }

    @Test
    void bindsTheProxyAndTrustStoreSettingsFromTheEnvironmentVariablesTheReadmeNames() {
        Map<String, Object> environment = Map.of(
                "PORT_PROXY", "http://proxy.example.com:3128",
                "PORT_PROXY_USERNAME", "alice",
                "PORT_PROXY_PASSWORD", "pa55-never-printed",
                "PORT_TRUST_STORE", "/etc/ssl/corporate-ca.p12",
                "PORT_TRUST_STORE_PASSWORD", "st0re-never-printed");
        PortProperties settings = new Binder(ConfigurationPropertySources.from(
                new SystemEnvironmentPropertySource("environment", environment))).bindOrCreate("port", PortProperties.class);

        assertThat(settings.proxy()).isEqualTo("http://proxy.example.com:3128");
        assertThat(settings.proxyUsername()).isEqualTo("alice");
        assertThat(settings.proxyPassword()).isEqualTo("pa55-never-printed");
        assertThat(settings.trustStore()).isEqualTo(Path.of("/etc/ssl/corporate-ca.p12"));
        assertThat(settings.trustStorePassword()).isEqualTo("st0re-never-printed");
    }

    @Test
    void refusesAnInvalidProxyWithoutPrintingItsCredentials() {
        assertThatThrownBy(() -> bind(Map.of("port.proxy", "https://alice:pa55-never-printed@proxy.example.com:3128")))
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid proxy in port.proxy ('https://****:****@proxy.example.com:3128')")
                .message().doesNotContain("alice").doesNotContain("pa55-never-printed");
    }

    @Test
    void bindsKebabCaseSettings() {
        PortProperties settings = bind(Map.of(
                "port.base-url", "https://api.us.getport.io",
                "port.client-id", "id",
                "port.client-secret", "secret",
                "port.export-dir", "demo/port-export",
                "port.read-timeout", "5s",
                "port.page-size", "200",
                "port.retry.max-attempts", "3",
                "port.retry.max-wait", "1m"));

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://api.us.getport.io"));
        assertThat(settings.hasCredentials()).isTrue();
        assertThat(settings.exportDir()).isEqualTo(Path.of("demo/port-export"));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.pageSize()).isEqualTo(200);
        assertThat(settings.retry().maxAttempts()).isEqualTo(3);
        assertThat(settings.retry().maxWait()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retry().initialBackoff()).isEqualTo(Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.getport.io", "http://localhost.example.com", "http://10.0.0.1:8080",
            "ftp://api.getport.io", "api.getport.io"})
    void rejectsABaseUrlThatIsNotHttpsOutsideLoopback(String url) {
        assertThatThrownBy(() -> withBaseUrl(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port.base-url")
                .hasMessageContaining("https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.getport.io", "http://localhost:8080", "http://127.0.0.1:9000",
            "http://127.8.9.10", "http://[::1]:9000"})
    void acceptsHttpsAndLoopbackHttp(String url) {
        assertThat(withBaseUrl(url).baseUrl()).isEqualTo(URI.create(url));
    }

    @Test
    void rejectsOutOfRangeNumbers() {
        PortProperties.Retry noAttempts = new PortProperties.Retry(0, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofMinutes(5));
        PortProperties settings = new PortProperties(URI.create("https://api.getport.io"), null, null, null,
                Duration.ofSeconds(10), Duration.ofSeconds(60), 1001, 33, noAttempts, null, null, null, null, null);

        Set<ConstraintViolation<PortProperties>> violations = validator.validate(settings);

        assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("pageSize", "readConcurrency", "retry.maxAttempts");
    }

    @Test
    void neverPrintsTheSecret() {
        PortProperties settings = bind(Map.of("port.client-id", "my-id", "port.client-secret", "top-secret-value",
                "port.proxy", "http://alice:pa55-never-printed@proxy.example.com:3128"));

        assertThat(settings.toString()).contains("my-id", "proxy=http://****:****@proxy.example.com:3128")
                .doesNotContain("top-secret-value").doesNotContain("alice").doesNotContain("pa55-never-printed");
    }

    private static PortProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("port", PortProperties.class);
    }

    private static PortProperties withBaseUrl(String url) {
        return new PortProperties(URI.create(url), null, null, null, Duration.ofSeconds(10), Duration.ofSeconds(60),
                1000, 1, new PortProperties.Retry(8, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5)),
                null, null, null, null, null);
    }
}
