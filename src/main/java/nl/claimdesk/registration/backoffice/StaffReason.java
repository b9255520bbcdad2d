package nl.claimdesk.registration.backoffice;

import jakarta.validation.constraints.NotBlank;
import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/** The reason every staff action on a file asks for, stripped; it goes into the history and the audit log. */
record StaffReason(
        @NotBlank(message = "bo.form.reason.missing") String reason) {

    StaffReason(@Nullable String reason) {
        this.reason = Typed.text(reason).strip();
    }
}
