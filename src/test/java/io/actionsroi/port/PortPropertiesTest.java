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
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

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
        assertThat(settings.retry()).isEqualTo(
                new PortProperties.Retry(8, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5)));
        assertThat(settings.hasCredentials()).isFalse();
        assertThat(validator.validate(settings)).isEmpty();
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
                Duration.ofSeconds(10), Duration.ofSeconds(60), 1001, noAttempts);

        Set<ConstraintViolation<PortProperties>> violations = validator.validate(settings);

        assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("pageSize", "retry.maxAttempts");
    }

    @Test
    void neverPrintsTheSecret() {
        PortProperties settings = bind(Map.of("port.client-id", "my-id", "port.client-secret", "top-secret-value"));

        assertThat(settings.toString()).contains("my-id").doesNotContain("top-secret-value");
    }

    private static PortProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("port", PortProperties.class);
    }

    private static PortProperties withBaseUrl(String url) {
        return new PortProperties(URI.create(url), null, null, null, Duration.ofSeconds(10), Duration.ofSeconds(60),
                1000, new PortProperties.Retry(8, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5)));
    }
}
