package nl.claimdesk.registration.form;

import org.jspecify.annotations.Nullable;

/** The reason a participant may give for withdrawing, stripped; none when nothing but spaces was typed. */
public record WithdrawalReason(@Nullable String reason) {

    public WithdrawalReason {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
