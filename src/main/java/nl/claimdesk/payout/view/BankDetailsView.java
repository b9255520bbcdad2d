package nl.claimdesk.payout.view;

import java.util.List;
import nl.claimdesk.web.Link;
import org.jspecify.annotations.Nullable;

/**
 * The bank details page of Mijn dossier: per claimant who is owed a payment, the account it goes to (masked) and
 * the one waiting for confirmation, with a link to enter or change it.
 */
public record BankDetailsView(@Nullable String notice, List<ClaimantAccounts> claimants, String backHref) {

    /**
     * @param current the account in force, masked, with its holder; null when none
     * @param needsNew whether a payment into the current account failed and new details are needed
     * @param waiting the account waiting for confirmation, masked; null when none
     */
    public record ClaimantAccounts(
            String name,
            @Nullable String current,
            @Nullable String holderName,
            boolean needsNew,
            @Nullable String waiting,
            Link change) {}
}
