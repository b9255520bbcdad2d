/** Settlements: the fee rule, entering a settlement and its four-eyes approval, and the court's approval for minors. */
@NullMarked
package nl.claimdesk.payout.internal.settlement;

import org.jspecify.annotations.NullMarked;
