package io.actionsroi.port;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Walks the pages of a search: the next page is fetched only once the current one is consumed, so
 * memory holds one page whatever the number of entities. The first page is fetched on creation, so
 * that a missing blueprint or refused credentials fail at {@code open}.
 */
final class PagedCursor implements EntityCursor {

    private final String blueprint;
    private final Function<String, SearchPage> fetchPage;
    private Iterator<PortEntity> page;
    private String next;

    /**
     * @param blueprint the blueprint searched, for messages
     * @param fetchPage fetches the page after the given cursor ({@code null} for the first page)
     */
    PagedCursor(String blueprint, Function<String, SearchPage> fetchPage) {
        this.blueprint = blueprint;
        this.fetchPage = fetchPage;
        load(null);
    }

    @Override
    public boolean hasNext() {
        // Pages may be empty while a next cursor is present: only an absent cursor ends the search.
        while (!page.hasNext() && next != null) {
            load(next);
        }
        return page.hasNext();
    }

    @Override
    public PortEntity next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more entities");
        }
        return page.next();
    }

    @Override
    public void close() {
        page = Collections.emptyIterator();
        next = null;
    }

    private void load(String from) {
        page = Collections.emptyIterator(); // lets the consumed page be collected during the fetch
        SearchPage fetched = fetchPage.apply(from);
        if (from != null && from.equals(fetched.next())) {
            throw new PortException("Port answered the search of blueprint '" + blueprint
                    + "' with the same page cursor it was given, which would read the same page forever."
                    + " The read stopped; run again later, and tell Port support if it persists.");
        }
        page = fetched.entities().iterator();
        next = fetched.next();
    }
}
