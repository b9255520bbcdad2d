package nl.claimdesk.registration;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the registrant declared to hold over a minor they register (docs/adr/0047, 0056). */
public enum Authority {
    /** A parent with parental authority ("ouderlijk gezag"). */
    PARENT,
    /** A guardian appointed by the court ("voogdij"). */
    GUARDIAN;

    /** The authority a form sent, by its name; none for anything else. */
    public static Optional<Authority> of(String typed) {
        return Arrays.stream(values())
                .filter(authority -> authority.name().equals(typed.strip()))
                .findFirst();
    }

    /** The message key that names the authority declared over a child, or says it was not stated (before it was asked). */
    public static String messageKey(@Nullable Authority authority) {
        return authority == null ? "authority.none" : "authority." + authority.name();
    }
}
