package nl.claimdesk.registration.internal;

import org.jspecify.annotations.Nullable;

/** A person's name as shown to staff; empty once anonymised. */
public final class RegistrantName {

    private RegistrantName() {}

    public static String of(@Nullable String firstName, @Nullable String lastName) {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }
}
