package nl.claimdesk.registration.view;

import nl.claimdesk.web.FormErrors;

/** Asking for a new confirmation link: the address it should go to. */
public record NewLinkView(String action, String email, FormErrors errors) {}
