package nl.claimdesk.registration.internal.keys;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as people type it without a keyboard for its letters: lower case, accents removed, and the letters that
 * carry a stroke or are ligatures (which Unicode does not decompose) spelled with plain letters. "Łukasz Ødegaard"
 * and "lukasz odegaard" fold to the same text, so that a search and the recognition of the same child find both.
 */
final class NameFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String STROKED = "łøđħı";
    private static final String PLAIN = "lodhi";

    private NameFolding() {}

    static String fold(String name) {
        String bare =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        // Lower case first, so that the capitals (Ł, Ø, Đ, Ħ) are spelled out too.
        String lower = bare.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int stroked = STROKED.indexOf(c);
            switch (c) {
                case 'ß' -> folded.append("ss");
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                default -> folded.append(stroked >= 0 ? PLAIN.charAt(stroked) : c);
            }
        }
        return folded.toString();
    }
}
