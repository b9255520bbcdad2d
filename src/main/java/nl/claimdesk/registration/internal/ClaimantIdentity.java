package nl.claimdesk.registration.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The key under which the same person is recognised when two adults register them: first and last name without
 * accents, case, punctuation or extra spaces, plus the date of birth. "Sanne  de Vries" and "sanne De-vries" born on
 * the same day are one person; a different birthday makes them different people.
 */
public final class ClaimantIdentity {

    private ClaimantIdentity() {}

    static String key(String firstName, String lastName, LocalDate dateOfBirth) {
        return normalise(firstName) + "|" + normalise(lastName) + "|" + dateOfBirth;
    }

    static String normalise(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
