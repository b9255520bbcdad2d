package nl.claimdesk.registration.internal;

import java.security.SecureRandom;

/**
 * The number a participant quotes when they call or write: ten characters from Crockford's base 32 (no I, L, O or
 * U, so nothing is misread), shown as two groups of five. Random, so it reveals nothing about order or volume.
 */
public final class RegistrationReference {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistrationReference() {}

    public static String random() {
        StringBuilder reference = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
