package nl.claimdesk.registration.backoffice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.claimdesk.registration.eligibility.DateInput;
import nl.claimdesk.registration.form.CalendarDate;
import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/**
 * A withdrawal that came by email or letter, as the staff member typed it: who withdraws (the whole registration,
 * {@code all}, or one claimant's id, which only the file can check), how and when it came, and its reference.
 */
record WithdrawalForm(
        String who,

        @Pattern(regexp = "EMAIL|LETTER", message = "bo.withdraw.channel.missing")
        String channel,

        String receivedDay,
        String receivedMonth,
        String receivedYear,

        @NotBlank(message = "bo.withdraw.reference.missing")
        @Size(max = WithdrawalForm.MAXIMUM_REFERENCE_LENGTH, message = "bo.withdraw.reference.tooLong")
        String reference) {

    static final int MAXIMUM_REFERENCE_LENGTH = 200;
    static final WithdrawalForm EMPTY = new WithdrawalForm("", "", "", "", "", "");

    WithdrawalForm(
            @Nullable String who,
            @Nullable String channel,
            @Nullable String receivedDay,
            @Nullable String receivedMonth,
            @Nullable String receivedYear,
            @Nullable String reference) {
        this.who = Typed.text(who);
        this.channel = Typed.text(channel);
        this.receivedDay = Typed.text(receivedDay);
        this.receivedMonth = Typed.text(receivedMonth);
        this.receivedYear = Typed.text(receivedYear);
        this.reference = Typed.text(reference).strip();
    }

    /** The day it came, as typed in its three fields; its problems are reported as {@code received}. */
    @CalendarDate(message = "bo.withdraw.received.")
    DateInput getReceived() {
        return new DateInput(receivedDay, receivedMonth, receivedYear);
    }
}
