package nl.claimdesk.payout.internal.sepa;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as a SEPA credit transfer may carry it: the EPC's basic Latin character set (a-z, A-Z, 0-9 and
 * {@code / - ? : ( ) . , ' + } and space), letters with diacritics written without them (é → e, ß → ss, Ø → O),
 * anything else a space, runs of spaces as one, and cut to the field's length.
 */
public final class SepaText {

    /** Compiled once: a payment file applies them to two texts of every payment. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9/\\-?:().,'+ ]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private SepaText() {}

    public static String of(String text, int maximumLength) {
        String spelled = text.replace("ß", "ss")
                .replace("Æ", "AE")
                .replace("æ", "ae")
                .replace("Œ", "OE")
                .replace("œ", "oe")
                .replace("Ø", "O")
                .replace("ø", "o")
                .replace("Ł", "L")
                .replace("ł", "l")
                .replace("Đ", "D")
                .replace("đ", "d")
                .replace("Þ", "Th")
                .replace("þ", "th");
        String withoutMarks = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD))
                .replaceAll("");
        String allowed = SPACES.matcher(NOT_ALLOWED.matcher(withoutMarks).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        String cut = allowed.length() <= maximumLength
                ? allowed
                : allowed.substring(0, maximumLength).strip();
        return cut.isEmpty() ? "." : cut;
    }
}
