package nl.claimdesk.payout;

import java.util.List;
import java.util.UUID;

/** What Mijn dossier may tell a participant about the payout of their claimants (ADR 0044). */
public interface Payouts {

    /**
     * What the claimant can expect under each published allocation that includes them (one per settlement of the
     * campaign, usually one), in the order the settlements were entered; empty before any is published.
     */
    List<ExpectedPayout> expected(UUID claimant);
}
