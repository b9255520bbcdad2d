package nl.claimdesk.registration.view;

import nl.claimdesk.web.FormErrors;

/**
 * The invitation link opened by the young adult: what taking over means, and the button that does it; or, when the
 * link no longer works, where to go instead ({@code nextHref}, labelled by the message {@code nextKey}).
 */
public record HandoverView(String state, String action, String nextHref, String nextKey, FormErrors errors) {

    public boolean valid() {
        return state.equals("VALID");
    }
}
