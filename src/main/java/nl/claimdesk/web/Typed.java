package nl.claimdesk.web;

import org.jspecify.annotations.Nullable;

/** A form field as typed: one the browser did not send is empty, so a bound form record never holds null. */
public final class Typed {

    private Typed() {}

    public static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
