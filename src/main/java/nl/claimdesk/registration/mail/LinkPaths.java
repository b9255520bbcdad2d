package nl.claimdesk.registration.mail;

import nl.claimdesk.shared.Language;

/** The paths of the links that the mails of signing up carry, and of the pages that answer them. */
public final class LinkPaths {

    private LinkPaths() {}

    /** Where someone asks for a new confirmation link. */
    public static String confirmationRequest(Language language) {
        return language == Language.NL ? "/nl/bevestigen" : "/en/confirm";
    }

    /** The link that confirms a sign-up's address. */
    public static String confirmation(Language language, String token) {
        return confirmationRequest(language) + "/" + token;
    }

    /** The link that invites a young adult to take their file over. */
    public static String handover(Language language, String token) {
        return (language == Language.NL ? "/nl/overdracht/" : "/en/take-over/") + token;
    }
}
