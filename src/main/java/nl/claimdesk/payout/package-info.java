/**
 * Payout: what a judgment or settlement brought in, the funder's fee, and how the rest is divided among the eligible
 * claimants (the allocation). This package is the module's API: Mijn dossier asks it what a claimant can expect
 * (ADR 0044).
 */
@NullMarked
package nl.claimdesk.payout;

import org.jspecify.annotations.NullMarked;
