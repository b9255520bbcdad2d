/**
 * The ledger of a settlement's payments: what was paid, is in flight, was rejected or returned, what is still
 * unclaimed under the current allocation, and which claimants were paid under an earlier version at another amount.
 */
@NullMarked
package nl.claimdesk.payout.internal.ledger;

import org.jspecify.annotations.NullMarked;
