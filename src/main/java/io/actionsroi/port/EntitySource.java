package io.actionsroi.port;

import java.time.Instant;
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

    /**
     * As {@link #open}, for a blueprint of many entities such as the runs: where the source can, it is
     * read as ranges of {@code $createdAt} at the same time (Port's API, {@code port.read-concurrency}),
     * so that a Port far away costs the wait for a page a few times over rather than once per page. The
     * ranges are laid over the year before {@code recent}; older and newer entities are read too. The
     * entities come oldest range first, each range in the source's order. The export folder reads one
     * stream.
     *
     * @param recent where most entities end: the report's as-of instant
     * @param expected how many entities the blueprint holds, as {@link #count} told the caller, when known:
     *     it sizes the first ranges, and passing it on spares asking Port for it again
     */
    default EntityCursor openByCreationTime(String blueprint, Collection<String> fields, Instant recent,
            OptionalLong expected) {
        return open(blueprint, fields);
    }

    /** How many entities the blueprint holds, when the source can tell cheaply. */
    OptionalLong count(String blueprint);

    /** The base URL or the export folder, for the reports' "source" line. Never holds a secret. */
    String description();
}
