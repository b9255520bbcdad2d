package nl.claimdesk.identity.view;

import nl.claimdesk.web.FormErrors;

/** Choosing a password through an invitation link; {@code usable} is false for a used, expired or unknown link. */
public record InvitationView(String action, boolean usable, FormErrors errors) {}
