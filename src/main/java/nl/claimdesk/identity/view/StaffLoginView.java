package nl.claimdesk.identity.view;

import nl.claimdesk.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * The staff login form: the address typed (never the password), what was wrong, and a notice (message key) after
 * logging out or choosing a password.
 */
public record StaffLoginView(
        String email, FormErrors errors, @Nullable String notice) {}
