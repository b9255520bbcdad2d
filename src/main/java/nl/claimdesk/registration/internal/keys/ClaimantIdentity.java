package nl.claimdesk.registration.internal.keys;

import java.time.LocalDate;

/**
 * The key under which the same person is recognised when two adults register them: first and last name folded
 * ({@link NameFolding}: no accents, strokes or case), without punctuation or extra spaces, plus the date of birth.
 * "Sanne  de Vries" and "sanne De-vries" born on the same day are one person, and so are "Łucja" and "Lucja"; a
 * different birthday makes them different people.
 */
public final class ClaimantIdentity {

    private ClaimantIdentity() {}

    public static String key(String firstName, String lastName, LocalDate dateOfBirth) {
        return normalise(firstName) + "|" + normalise(lastName) + "|" + dateOfBirth;
    }

    static String normalise(String name) {
        return NameFolding.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
