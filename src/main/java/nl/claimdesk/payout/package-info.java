/**
 * Paying out a settlement: the claimants' bank details (checked, encrypted at rest, confirmed by email).
 */
@NullMarked
package nl.claimdesk.payout;

import org.jspecify.annotations.NullMarked;
