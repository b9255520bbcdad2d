package nl.claimdesk.payout.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.claimdesk.payout.SepaIban;
import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/**
 * A bank account as typed: the IBAN (spaces allowed), the account holder's name (at most the 70 characters a SEPA
 * payment carries) and whose account it is.
 */
record BankDetailsForm(
        @SepaIban String iban,

        @NotBlank(message = "bankDetails.holderName.missing")
        @Size(max = 70, message = "bankDetails.holderName.tooLong")
        String holderName,

        String holder) {

    BankDetailsForm(@Nullable String iban, @Nullable String holderName, @Nullable String holder) {
        this.iban = Typed.text(iban).strip();
        this.holderName = Typed.text(holderName).strip();
        this.holder = Typed.text(holder);
    }
}
