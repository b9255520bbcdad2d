package nl.claimdesk.web;

/** What an error page says: the status, a heading, what happened and what to do next. */
public record ErrorView(int status, String heading, String explanation, String homeLink) {}
