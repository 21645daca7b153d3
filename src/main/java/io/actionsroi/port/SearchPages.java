package io.actionsroi.port;

import java.util.List;
import java.util.function.Function;

/** The pages of Port's entity search, each fetched with the cursor the previous one handed back. */
final class SearchPages implements EntityPages {

    private final String blueprint;
    private final Function<String, SearchPage> fetchPage;
    private boolean started;
    private String next;

    /**
     * @param blueprint the blueprint searched, for messages
     * @param fetchPage fetches the page after the given cursor ({@code null} for the first page)
     */
    SearchPages(String blueprint, Function<String, SearchPage> fetchPage) {
        this.blueprint = blueprint;
        this.fetchPage = fetchPage;
    }

    /** Pages may be empty while a next cursor is present: only an absent cursor ends the search. */
    @Override
    public boolean hasMore() {
        return !started || next != null;
    }

    @Override
    public List<PortEntity> next() {
        String from = next;
        SearchPage fetched = fetchPage.apply(from);
        if (from != null && from.equals(fetched.next())) {
            throw new PortException("Port answered the search of blueprint '" + blueprint
                    + "' with the same page cursor it was given, which would read the same page forever."
                    + " The read stopped; run again later, and tell Port support if it persists.");
        }
        started = true;
        next = fetched.next();
        return fetched.entities();
    }
}
