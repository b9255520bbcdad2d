/**
 * Allocations: a scheme as data, the division of a settlement's net amount over the eligible claimants to the cent
 * (largest remainder), its preview and its published, frozen versions.
 */
@NullMarked
package nl.claimdesk.payout.internal.allocation;

import org.jspecify.annotations.NullMarked;
