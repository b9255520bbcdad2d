package nl.claimdesk.identity.participant;

import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/**
 * The new email address as typed, shown again as it was when the change is refused. It carries no constraint: the
 * {@code @EmailText} rule lives in {@code registration}, which depends on {@code identity}, so
 * {@link EmailChangeController} checks the address itself with {@link nl.claimdesk.shared.EmailAddress}.
 */
record EmailChangeForm(String email) {

    EmailChangeForm(@Nullable String email) {
        this.email = Typed.text(email);
    }
}
