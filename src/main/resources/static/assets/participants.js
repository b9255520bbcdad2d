// Runs before htmx initialises: the Content-Security-Policy refuses inline styles, and a page restored from
// history should come from the server (search results are personal data and are not kept in the browser).
htmx.config.includeIndicatorStyles = false;
htmx.config.historyCacheSize = 0;
htmx.config.refreshOnHistoryMiss = true;
