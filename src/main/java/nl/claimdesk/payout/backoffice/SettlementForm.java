package nl.claimdesk.payout.backoffice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/**
 * A settlement as finance types it: the campaign (by slug), the source with its date and reference, the gross amount
 * and the funder's costs in euros, whether minors need the court's approval, and whose accounts may receive a minor's
 * share. The amounts and the date are checked by {@link #amount} and {@link #date}, which only typed text can tell.
 */
record SettlementForm(
        @NotBlank(message = "payout.settlement.campaign.missing")
        String campaign,

        @Pattern(regexp = "JUDGMENT|SETTLEMENT", message = "payout.settlement.sourceKind.missing")
        String sourceKind,

        String sourceDate,

        @NotBlank(message = "payout.settlement.sourceReference.missing")
        @Size(max = 200, message = "payout.settlement.sourceReference.tooLong")
        String sourceReference,

        String gross,
        String costs,
        String minorsNeedCourtApproval,

        @Pattern(regexp = "CHILD_ONLY|CHILD_OR_PARENT", message = "payout.settlement.minorAccountRule.missing")
        String minorAccountRule) {

    static final SettlementForm EMPTY = new SettlementForm("", "", "", "", "", "0", "", "CHILD_OR_PARENT");

    SettlementForm(
            @Nullable String campaign,
            @Nullable String sourceKind,
            @Nullable String sourceDate,
            @Nullable String sourceReference,
            @Nullable String gross,
            @Nullable String costs,
            @Nullable String minorsNeedCourtApproval,
            @Nullable String minorAccountRule) {
        this.campaign = Typed.text(campaign).strip();
        this.sourceKind = Typed.text(sourceKind);
        this.sourceDate = Typed.text(sourceDate).strip();
        this.sourceReference = Typed.text(sourceReference).strip();
        this.gross = Typed.text(gross).strip();
        this.costs = Typed.text(costs).strip();
        this.minorsNeedCourtApproval = Typed.text(minorsNeedCourtApproval);
        this.minorAccountRule = Typed.text(minorAccountRule);
    }

    boolean minors() {
        return minorsNeedCourtApproval.equals("true");
    }

    static OptionalLong amount(String typed) {
        return EuroAmount.cents(typed);
    }

    /** A date typed as {@code yyyy-mm-dd} (what a date field sends), not after {@code today}. */
    static Optional<LocalDate> date(String typed, LocalDate today) {
        try {
            LocalDate date = LocalDate.parse(typed);
            return date.isAfter(today) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
