/**
 * The payout's stores and rules, one sub-package per job: {@code settlement} (the fee rule, entry and approval) and
 * {@code allocation} (schemes, the division to the cent, publishing).
 */
@NullMarked
package nl.claimdesk.payout.internal;

import org.jspecify.annotations.NullMarked;
