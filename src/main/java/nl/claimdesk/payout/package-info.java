/**
 * Payout: what a judgment or settlement brought in, the funder's fee, and how the rest is divided among the eligible
 * claimants (the allocation). This package is the module's API: Mijn dossier asks it what a claimant can expect
 * (ADR 0044).
 *
 * <p>Paying it out: the claimants' bank details (checked, encrypted at rest, confirmed by email), payment runs
 * with their SEPA files, and the bank's reports (ADR 0045, 0046); never twice per claimant and settlement, counted in
 * the ledger, and in the participant's export and erasure (ADR 0051).
 */
@NullMarked
package nl.claimdesk.payout;

import org.jspecify.annotations.NullMarked;
