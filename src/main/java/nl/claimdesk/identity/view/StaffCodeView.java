package nl.claimdesk.identity.view;

import nl.claimdesk.web.FormErrors;

/** The second step of the staff login: the code from the authenticator app or a recovery code. */
public record StaffCodeView(FormErrors errors) {}
