package nl.claimdesk.browser.crawl;

/**
 * What makes a page distinct for the crawler: the route it answers (its pattern, so ids collapse to one
 * representative), the names of its query parameters, and the state it is in ({@code page} for a followed link, the
 * error state of a form, or an error status asked for on purpose).
 */
record PageKey(String route, String query, String state) {

    static final String PAGE = "page";

    @Override
    public String toString() {
        return route + (query.isEmpty() ? "" : "?" + query) + (state.equals(PAGE) ? "" : " [" + state + "]");
    }
}
