package nl.claimdesk.identity.view;

import nl.claimdesk.web.FormErrors;

/** The staff login form: the address typed (never the password), what was wrong, and whether they just logged out. */
public record StaffLoginView(String email, FormErrors errors, boolean loggedOut) {}
