package nl.claimdesk.news.view;

import org.jspecify.annotations.Nullable;

/** The unsubscribe page: what it does or did, and the form's address while there is still something to do. */
public record UnsubscribeView(
        String heading, String text, @Nullable String action) {}
