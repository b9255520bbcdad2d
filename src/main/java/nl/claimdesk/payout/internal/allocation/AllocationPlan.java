package nl.claimdesk.payout.internal.allocation;

import java.util.List;

/**
 * What a scheme gives: per category, how many claimants, the amount each gets and how many get one cent more; what
 * is distributed and what stays in reserve ({@code net − distributed}: the reserve asked for, plus whatever the
 * minimum or fixed amounts left over).
 */
public record AllocationPlan(AllocationScheme scheme, List<Share> shares, long distributedCents, long reserveCents) {

    /**
     * One category's part.
     *
     * @param claimants eligible claimants in the category
     * @param eachCents what each gets; 0 when the category gets nothing
     * @param withExtraCent how many (the first in id order) get one cent more
     */
    public record Share(long claimants, long eachCents, long withExtraCent) {

        /** What the {@code index}-th claimant of the category (0-based, in id order) gets. */
        public long amount(long index) {
            return eachCents + (index < withExtraCent ? 1 : 0);
        }

        public long totalCents() {
            return claimants * eachCents + withExtraCent;
        }
    }

    public AllocationPlan {
        shares = List.copyOf(shares);
    }

    public long claimants() {
        return shares.stream().mapToLong(Share::claimants).sum();
    }
}
