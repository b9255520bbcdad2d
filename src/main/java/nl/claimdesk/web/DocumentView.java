package nl.claimdesk.web;

import nl.claimdesk.shared.SafeHtml;

/** A page that is a heading and a text. */
public record DocumentView(String heading, SafeHtml body) {}
