package io.actionsroi.port;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The properties and relations a read asks for, named as in Port's search {@code include}. The others
 * are skipped while an entity is parsed, so that they cost neither time nor memory: an export file
 * holds every field, and Port may send more than asked. The meta fields ({@code $identifier},
 * {@code $title}, {@code $createdAt}) are always read, {@code $team} only when named. No names at all
 * include every field.
 */
final class IncludedFields {

    static final IncludedFields ALL = of(List.of());

    private final List<String> names;
    private final Set<String> lookup;

    private IncludedFields(List<String> names) {
        this.names = names;
        this.lookup = Set.copyOf(names);
    }

    static IncludedFields of(Collection<String> fields) {
        return new IncludedFields(List.copyOf(fields));
    }

    /** The identifiers, in the order given. */
    List<String> names() {
        return names;
    }

    boolean includes(String name) {
        return names.isEmpty() || lookup.contains(name);
    }
}
