package nl.claimdesk.web;

import java.util.UUID;
import nl.claimdesk.shared.Language;

/**
 * The addresses of the public site. Everything public lives under {@code /nl} or {@code /en}; each page has a
 * Dutch and an English address, with the path words in that language. Private areas (Mijn dossier, the back
 * office) live outside these two prefixes, so a route nobody listed can never become public by accident.
 */
public final class SitePaths {

    private SitePaths() {}

    public static String home(Language language) {
        return "/" + language.code();
    }

    public static String campaign(Language language, String slug) {
        return home(language) + "/" + slug;
    }

    public static String timeline(Language language, String slug) {
        return campaign(language, slug) + (language == Language.NL ? "/tijdlijn" : "/timeline");
    }

    /** One item on the timeline page, by the anchor the page gives it. */
    public static String timelineItem(Language language, String slug, UUID item) {
        return timeline(language, slug) + "#" + timelineAnchor(item);
    }

    /** The {@code id} of a timeline item on the page, so a link (in a news mail) can point at it. */
    public static String timelineAnchor(UUID item) {
        return "item-" + item;
    }

    public static String privacy(Language language, String slug) {
        return campaign(language, slug) + "/privacy";
    }

    public static String foundation(Language language, String slug) {
        return campaign(language, slug) + (language == Language.NL ? "/stichting" : "/foundation");
    }

    /** A document of the foundation page, e.g. the statutes as PDF. */
    public static String foundationDocument(Language language, String slug, java.util.UUID id) {
        return foundation(language, slug) + (language == Language.NL ? "/documenten/" : "/documents/") + id;
    }

    public static String signUp(Language language, String slug) {
        return campaign(language, slug) + (language == Language.NL ? "/aanmelden" : "/sign-up");
    }

    public static String logIn(Language language) {
        return home(language) + (language == Language.NL ? "/inloggen" : "/log-in");
    }

    /** Words that follow the language prefix directly and so cannot be a campaign's slug. */
    public static boolean isReservedSlug(String slug) {
        return java.util.Set.of("inloggen", "log-in", "toegankelijkheid", "accessibility", "assets")
                .contains(slug);
    }

    public static String accessibility(Language language) {
        return home(language) + (language == Language.NL ? "/toegankelijkheid" : "/accessibility");
    }
}
