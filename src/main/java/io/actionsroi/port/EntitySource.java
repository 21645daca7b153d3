package io.actionsroi.port;

import java.util.Collection;
import java.util.OptionalLong;

/**
 * Where entities come from: Port's API or a folder of exported entities. Knows nothing of ROI.
 */
public interface EntitySource {

    /**
     * Opens a stream over every entity of a blueprint, a page at a time, the next page read while the
     * current one is consumed: memory does not grow with the number of entities.
     *
     * @param blueprint the blueprint identifier
     * @param fields property and relation identifiers to fetch, the only ones the entities then hold (all
     *     of them when empty); meta fields carry a {@code $} ({@code $identifier}, {@code $title},
     *     {@code $createdAt}) and are always read
     * @throws PortException when the blueprint does not exist or the source cannot be read
     */
    EntityCursor open(String blueprint, Collection<String> fields);

    /** How many entities the blueprint holds, when the source can tell cheaply. */
    OptionalLong count(String blueprint);

    /** The base URL or the export folder, for the reports' "source" line. Never holds a secret. */
    String description();
}
