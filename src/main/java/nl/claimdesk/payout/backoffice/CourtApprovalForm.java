package nl.claimdesk.payout.backoffice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/** The subdistrict court's approval of the settlement for the minors: its date and the court's reference. */
record CourtApprovalForm(
        String approvedOn,

        @NotBlank(message = "payout.court.reference.missing")
        @Size(max = 200, message = "payout.court.reference.tooLong")
        String reference) {

    static final CourtApprovalForm EMPTY = new CourtApprovalForm("", "");

    CourtApprovalForm(@Nullable String approvedOn, @Nullable String reference) {
        this.approvedOn = Typed.text(approvedOn).strip();
        this.reference = Typed.text(reference).strip();
    }
}
