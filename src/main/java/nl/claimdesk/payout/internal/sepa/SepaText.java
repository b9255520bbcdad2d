package nl.claimdesk.payout.internal.sepa;

import java.text.Normalizer;

/**
 * Text as a SEPA credit transfer may carry it: the EPC's basic Latin character set (a-z, A-Z, 0-9 and
 * {@code / - ? : ( ) . , ' + } and space), letters with diacritics written without them (é → e, ß → ss, Ø → O),
 * anything else a space, runs of spaces as one, and cut to the field's length.
 */
public final class SepaText {

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
        String withoutMarks = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String allowed = withoutMarks
                .replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ")
                .replaceAll(" {2,}", " ")
                .strip();
        String cut = allowed.length() <= maximumLength
                ? allowed
                : allowed.substring(0, maximumLength).strip();
        return cut.isEmpty() ? "." : cut;
    }
}
