package nl.claimdesk.news.internal;

import nl.claimdesk.shared.Language;

/** The public addresses of the unsubscribe page, in each language. */
public final class UnsubscribePaths {

    public static final String NL = "/nl/nieuws/afmelden/";
    public static final String EN = "/en/news/unsubscribe/";

    private UnsubscribePaths() {}

    /**
     * The address of the unsubscribe link and of {@code List-Unsubscribe}: a GET shows what unsubscribing does, with
     * a button; a POST unsubscribes at once (RFC 8058).
     */
    public static String of(Language language, String token) {
        return (language == Language.NL ? NL : EN) + token;
    }
}
