package nl.claimdesk.payout.internal.allocation;

/** What a published allocation gives one category: claimants, the smallest and largest share, and the total. */
public record CategoryTotal(String category, long claimants, long smallestCents, long largestCents, long totalCents) {}
