package nl.claimdesk.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as typed (kept for writing to the person) with its normalised form (trimmed, lower case) used
 * to compare addresses: {@code Jan@Example.nl} and {@code jan@example.nl} are the same participant.
 */
public record EmailAddress(String value, String normalised) {

    private static final int MAXIMUM_LENGTH = 254;
    private static final Pattern PLAUSIBLE = Pattern.compile(
            "[^\\s@\"(),:;<>\\[\\]\\\\]+@[^\\s@\"(),:;<>\\[\\]\\\\.]+(\\.[^\\s@\"(),:;<>\\[\\]\\\\.]+)*\\.[^\\s@\"(),:;<>\\[\\]\\\\.]{2,}");

    /** The address, if {@code typed} is a plausible one; deliverability is proven by the verification mail. */
    public static Optional<EmailAddress> parse(String typed) {
        String trimmed = typed.strip();
        if (trimmed.isEmpty()
                || trimmed.length() > MAXIMUM_LENGTH
                || !PLAUSIBLE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(trimmed, trimmed.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return value;
    }
}
