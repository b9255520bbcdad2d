package nl.claimdesk.registration.signup;

import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.SitePaths;

/** The pages of the sign-up funnel and their addresses, with the path words in each language. */
public enum FunnelStep {
    START("", ""),
    DETAILS("gegevens", "details"),
    CHILDREN("kinderen", "children"),
    USE("gebruik", "use"),
    CHECK("controleren", "check"),
    SENT("verstuurd", "sent");

    private final String dutch;
    private final String english;

    FunnelStep(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    String path(Language language, String slug) {
        String segment = language == Language.NL ? dutch : english;
        return SitePaths.signUp(language, slug) + (segment.isEmpty() ? "" : "/" + segment);
    }

    /** The page after the registrant's details, which depends on who is registered. */
    static FunnelStep afterDetails(RegistrationKind kind) {
        return switch (kind) {
            case CHILDREN -> CHILDREN;
            case SELF -> USE;
            case SUPPORTER -> CHECK;
        };
    }

    /** Which step number this is for the kind of registration, and of how many. */
    static int[] position(FunnelStep step, RegistrationKind kind) {
        int steps = kind == RegistrationKind.SUPPORTER ? 3 : 4;
        int number = switch (step) {
            case START -> 1;
            case DETAILS -> 2;
            case CHILDREN, USE -> 3;
            case CHECK, SENT -> steps;
        };
        return new int[] {number, steps};
    }
}
