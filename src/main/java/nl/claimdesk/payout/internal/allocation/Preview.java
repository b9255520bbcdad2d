package nl.claimdesk.payout.internal.allocation;

/**
 * What a scheme would give now: the plan over the eligible claimants counted per category, and how many eligible
 * claimants fall in no category (they get nothing under this scheme).
 */
public record Preview(AllocationPlan plan, long outsideCategories) {}
