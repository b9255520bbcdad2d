package nl.claimdesk.registration;

import org.jspecify.annotations.Nullable;

/** A person's name as shown to staff; empty once anonymised. */
final class RegistrantName {

    private RegistrantName() {}

    static String of(@Nullable String firstName, @Nullable String lastName) {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }
}
