package io.actionsroi.port;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses where entities come from: the export folder when set, else Port's API. */
public final class EntitySources {

    private static final Logger log = LoggerFactory.getLogger(EntitySources.class);

    private EntitySources() {
    }

    /**
     * The export folder when {@code port.export-dir} is set, else Port's API when the client id and
     * secret are both set.
     *
     * @throws PortException when neither is configured
     */
    public static EntitySource from(PortProperties settings) {
        if (settings.exportDir() != null) {
            ExportFolderSource export = ExportFolderSource.of(settings.exportDir());
            log.info("Reading entities from the export folder {}", export.description());
            return export;
        }
        if (settings.hasCredentials()) {
            log.info("Reading entities from Port's API at {} as client id '{}'", settings.baseUrl(), settings.clientId());
            return new PortApiSource(settings);
        }
        throw new PortException("No Port credentials and no export folder: set PORT_CLIENT_ID and PORT_CLIENT_SECRET"
                + " (or port.client-id / port.client-secret), or --port.export-dir=DIR to read exported entities.");
    }
}
