package nl.claimdesk.registration.signup;

import nl.claimdesk.registration.form.EmailText;
import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/** The address a new confirmation link is asked for, as typed. */
record NewLinkForm(@EmailText String email) {

    NewLinkForm(@Nullable String email) {
        this.email = Typed.text(email);
    }
}
