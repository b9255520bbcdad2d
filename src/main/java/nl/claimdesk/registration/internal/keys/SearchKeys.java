package nl.claimdesk.registration.internal.keys;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The normalised forms the back office searches on, stored next to the data they come from (H2 has no expression
 * indexes): names in lower case without accents and with single spaces, postcodes in upper case without spaces.
 */
public final class SearchKeys {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^0-9A-Z]");

    private SearchKeys() {}

    /** {@code "  Zoë  Łukasiewicz"} becomes {@code "zoe lukasiewicz"}. */
    public static String name(@Nullable String name) {
        if (name == null) {
            return "";
        }
        return SPACES.matcher(NameFolding.fold(name)).replaceAll(" ").strip();
    }

    /** The registrant's whole name, first name first: the key a name search starts at. */
    public static String fullName(@Nullable String firstName, @Nullable String lastName) {
        return name((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName));
    }

    /** {@code "1234 ab"} becomes {@code "1234AB"}. */
    public static String postcode(@Nullable String postcode) {
        return postcode == null
                ? ""
                : SPACES.matcher(postcode.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    public static String email(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A registration number as typed ({@code "abcde 12345"}, {@code "ABCDE-12345"}) in its stored form, reading the
     * letters Crockford's alphabet leaves out as the digits they look like; empty when it cannot be one.
     */
    public static String reference(String typed) {
        String letters = NOT_ALPHANUMERIC
                .matcher(typed.toUpperCase(Locale.ROOT)
                        .replace('O', '0')
                        .replace('I', '1')
                        .replace('L', '1'))
                .replaceAll("");
        if (letters.length() != 10 || letters.indexOf('U') >= 0) {
            return "";
        }
        return letters.substring(0, 5) + "-" + letters.substring(5);
    }

    /** {@code key} as a LIKE pattern matching every value that starts with it. */
    public static String prefixPattern(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
