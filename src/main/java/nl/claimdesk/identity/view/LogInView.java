package nl.claimdesk.identity.view;

import nl.claimdesk.web.FormErrors;

/** The login form: where it posts, what was typed, and what was wrong with it. */
public record LogInView(String action, String email, FormErrors errors) {}
