package nl.claimdesk.registration.view;

import nl.claimdesk.web.FormErrors;

/** The invitation link opened by the young adult: what taking over means, and the button that does it. */
public record HandoverView(String state, String action, String privacyHref, FormErrors errors) {

    public boolean valid() {
        return state.equals("VALID");
    }
}
