package nl.claimdesk.web;

import org.jspecify.annotations.Nullable;

/** One option of a radio group or a select. */
public record Choice(String value, String label, @Nullable String hint, boolean selected) {}
