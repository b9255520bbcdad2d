package nl.claimdesk.identity.backoffice;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Recovery codes for a lost authenticator app: {@value #LENGTH} characters from an alphabet of 31 that cannot be
 * mistaken for one another, shown in groups of {@value #GROUP}. That is 118 bits, enough for a one-time secret that
 * is stored as a plain SHA-256 hash (at least 112 bits, OWASP ASVS 6.5); typing stays easy since case, spaces and
 * dashes do not matter.
 */
final class RecoveryCodes {

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    static final int LENGTH = 24;
    static final int GROUP = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    /** The bits of chance in one code. */
    static double entropyBits() {
        return LENGTH * Math.log(ALPHABET.length()) / Math.log(2);
    }

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return grouped(code.toString());
    }

    /** The code as it was issued, however it was typed. */
    static String normalise(String typed) {
        String compact = typed.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
        return compact.length() == LENGTH ? grouped(compact) : compact;
    }

    private static String grouped(String compact) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < compact.length(); i += GROUP) {
            if (i > 0) {
                code.append('-');
            }
            code.append(compact, i, Math.min(i + GROUP, compact.length()));
        }
        return code.toString();
    }
}
