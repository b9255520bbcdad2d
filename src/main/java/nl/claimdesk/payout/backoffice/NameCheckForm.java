package nl.claimdesk.payout.backoffice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/**
 * A name check as recorded: the bank's answer, or {@code RELEASE} to let an account held by a no-match be paid, and why
 * the staff member records it (stripped).
 */
record NameCheckForm(
        @Pattern(
                regexp = "MATCH|CLOSE_MATCH|NO_MATCH|NOT_POSSIBLE|" + NameCheckForm.RELEASE,
                message = "bo.bankAccounts.result.missing")
        String result,

        @NotBlank(message = "bo.form.reason.missing") String reason) {

    static final String RELEASE = "RELEASE";

    NameCheckForm(@Nullable String result, @Nullable String reason) {
        this.result = Typed.text(result);
        this.reason = Typed.text(reason).strip();
    }
}
