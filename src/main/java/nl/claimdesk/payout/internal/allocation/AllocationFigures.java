package nl.claimdesk.payout.internal.allocation;

/** A published allocation in all: how many claimants share, what they share, and how many are minors. */
public record AllocationFigures(long claimants, long allocatedCents, long minors) {}
