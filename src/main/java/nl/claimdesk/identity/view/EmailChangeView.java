package nl.claimdesk.identity.view;

import nl.claimdesk.web.FormErrors;

/** Changing the account's email address: the current one, the new one as typed, and what was wrong. */
public record EmailChangeView(
        String current, String action, String cancelHref, String email, FormErrors errors, boolean sent) {}
