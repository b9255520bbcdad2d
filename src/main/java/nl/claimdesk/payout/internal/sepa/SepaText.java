package nl.claimdesk.payout.internal.sepa;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as a SEPA credit transfer may carry it: the EPC's basic Latin character set (a-z, A-Z, 0-9 and
 * {@code / - ? : ( ) . , ' + } and space), letters with diacritics written without them (é → e, ß → ss, Ø → O),
 * anything else a space, runs of spaces as one, and cut to the field's length.
 */
public final class SepaText {

    private static final String PUNCTUATION = "/-?:().,'+ ";

    /** Compiled once: a payment file applies it to the names with diacritics among a million. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private SepaText() {}

    public static String of(String text, int maximumLength) {
        if (isSepaText(text, maximumLength)) {
            return text;
        }
        String withoutMarks = MARKS.matcher(Normalizer.normalize(spelledOut(text), Normalizer.Form.NFD))
                .replaceAll("");
        StringBuilder kept = new StringBuilder(withoutMarks.length());
        for (int i = 0; i < withoutMarks.length(); i++) {
            char c = withoutMarks.charAt(i);
            char written = allowed(c) ? c : ' ';
            if (written != ' ' || (!kept.isEmpty() && kept.charAt(kept.length() - 1) != ' ')) {
                kept.append(written);
            }
        }
        String allowed = kept.toString().strip();
        String cut = allowed.length() <= maximumLength
                ? allowed
                : allowed.substring(0, maximumLength).strip();
        return cut.isEmpty() ? "." : cut;
    }

    /**
     * Most names, and the remittance of every payment of a run, are SEPA text already: they pass as they are, without
     * the normalisation a payment file would otherwise do twice for each of a million payments.
     */
    private static boolean isSepaText(String text, int maximumLength) {
        int length = text.length();
        if (length == 0 || length > maximumLength || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!allowed(c) || (c == ' ' && text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || PUNCTUATION.indexOf(c) >= 0;
    }

    private static String spelledOut(String text) {
        return text.replace("ß", "ss")
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
    }
}
