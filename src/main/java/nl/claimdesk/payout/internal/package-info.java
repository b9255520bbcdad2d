/**
 * The payout's stores and rules, one sub-package per job: {@code settlement} (the fee rule, entry and approval),
 * {@code allocation} (schemes, the division to the cent, publishing), {@code bank} (bank details), {@code run} and
 * {@code sepa} (payment runs and their files), {@code reconciliation} (the bank's reports) and {@code ledger} (the
 * payments in figures, and a participant's payout data for export and erasure).
 */
@NullMarked
package nl.claimdesk.payout.internal;

import org.jspecify.annotations.NullMarked;
