package io.actionsroi.roi;

import java.util.List;

import io.actionsroi.port.PortEntity;

/**
 * The organisation's {@code _user} entities, or why they could not be read. Only the adoption needs
 * them, so a report is still made without them.
 *
 * @param entities the users; null when unavailable
 * @param unavailableReason why they could not be read; null when they were
 */
public record UserEntities(List<PortEntity> entities, String unavailableReason) {

    public static UserEntities read(List<PortEntity> entities) {
        return new UserEntities(List.copyOf(entities), null);
    }

    public static UserEntities unavailable(String reason) {
        return new UserEntities(null, reason);
    }
}
