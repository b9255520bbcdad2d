package nl.claimdesk.registration.signup;

import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.shared.Language;

/**
 * The pages of the sign-up funnel and their addresses in each language. The constants are the route templates the
 * controller maps, so a step's address is written here once.
 */
public enum FunnelStep {
    START(FunnelStep.START_NL, FunnelStep.START_EN),
    DETAILS(FunnelStep.DETAILS_NL, FunnelStep.DETAILS_EN),
    CHILDREN(FunnelStep.CHILDREN_NL, FunnelStep.CHILDREN_EN),
    USE(FunnelStep.USE_NL, FunnelStep.USE_EN),
    CHECK(FunnelStep.CHECK_NL, FunnelStep.CHECK_EN),
    SENT(FunnelStep.SENT_NL, FunnelStep.SENT_EN);

    static final String START_NL = "/nl/{slug}/aanmelden";
    static final String START_EN = "/en/{slug}/sign-up";
    static final String DETAILS_NL = START_NL + "/gegevens";
    static final String DETAILS_EN = START_EN + "/details";
    static final String CHILDREN_NL = START_NL + "/kinderen";
    static final String CHILDREN_EN = START_EN + "/children";
    static final String USE_NL = START_NL + "/gebruik";
    static final String USE_EN = START_EN + "/use";
    static final String CHECK_NL = START_NL + "/controleren";
    static final String CHECK_EN = START_EN + "/check";
    static final String SENT_NL = START_NL + "/verstuurd";
    static final String SENT_EN = START_EN + "/sent";

    private static final String SLUG = "{slug}";

    private final String dutch;
    private final String english;

    FunnelStep(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    String path(Language language, String slug) {
        return (language == Language.NL ? dutch : english).replace(SLUG, slug);
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
