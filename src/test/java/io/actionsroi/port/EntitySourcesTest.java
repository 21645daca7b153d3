package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EntitySourcesTest {

    @Test
    void prefersTheExportFolder() {
        EntitySource source = EntitySources.from(settings("id", "secret", Path.of("demo/port-export")));

        assertThat(source).isInstanceOf(ExportFolderSource.class);
        assertThat(source.description()).isEqualTo("demo/port-export");
    }

    @Test
    void usesTheApiWhenBothCredentialsAreSet() {
        EntitySource source = EntitySources.from(settings("id", "secret", null));

        assertThat(source).isInstanceOf(PortApiSource.class);
        assertThat(source.description()).isEqualTo("https://api.getport.io");
    }

    @Test
    void failsWithOneClearLineWhenNeitherIsConfigured() {
        assertThatThrownBy(() -> EntitySources.from(settings("id", " ", null)))
                .isInstanceOf(PortException.class)
                .hasMessage("No Port credentials and no export folder: set PORT_CLIENT_ID and PORT_CLIENT_SECRET"
                        + " (or port.client-id / port.client-secret), or --port.export-dir=DIR to read exported entities.");
    }

    private static PortProperties settings(String clientId, String clientSecret, Path exportDir) {
        return new PortProperties(URI.create("https://api.getport.io"), clientId, clientSecret, exportDir,
                Duration.ofSeconds(10), Duration.ofSeconds(60), 1000, 1,
                new PortProperties.Retry(8, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5)), null, null, null, null, null);
    }
}
