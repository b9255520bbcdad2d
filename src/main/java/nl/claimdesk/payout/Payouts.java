package nl.claimdesk.payout;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** What Mijn dossier may tell a participant about the payout of their claimants (ADR 0044), and their privacy rights. */
public interface Payouts {

    /**
     * What the claimant can expect under each published allocation that includes them (one per settlement of the
     * campaign, usually one), in the order the settlements were entered; empty before any is published.
     */
    List<ExpectedPayout> expected(UUID claimant);

    /** Everything the payout holds about these claimants, for the participant's data export. */
    PayoutRecords export(Collection<UUID> claimants);

    /**
     * Erases what the payout may let go of for these claimants (ADR 0051): a bank account no payment used is deleted;
     * one a payment used is kept, closed, with its payments and the shares as bookkeeping records. True when such an
     * account entered by {@code account} was kept, so that the account's row must stay.
     */
    boolean erase(Collection<UUID> claimants, UUID account);
}
