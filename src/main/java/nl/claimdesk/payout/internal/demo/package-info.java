/**
 * The demo's settled campaign: a settlement, its published allocation, the demo participant's account and an approved
 * payment run, seeded at start-up in demo mode only (docs/adr/0052).
 */
@NullMarked
package nl.claimdesk.payout.internal.demo;

import org.jspecify.annotations.NullMarked;
