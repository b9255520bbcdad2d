package nl.claimdesk.payout.internal.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Divides an amount over counted claimants by a scheme, to the cent. Under weights, each claimant's exact share is
 * {@code distributable × weight ÷ Σ(claimants × weight)}; everyone gets it rounded down, and the cents left over go
 * one each to the claimants with the largest fractions (largest remainder: a whole category at a time, as its
 * claimants' fractions are equal; within a category the first claimants in id order), so the shares add up to the
 * distributable amount exactly. A category whose share would fall below the minimum gets nothing and its money is
 * divided over the others (the smallest such category first, then again). Under fixed amounts each claimant gets
 * their category's amount, if it is not below the minimum; what is left stays in the reserve. Pure: no database.
 */
public final class Division {

    private Division() {}

    /** Why a scheme cannot divide the net amount. */
    public static final class Refused extends RuntimeException {

        private final String reason;

        Refused(String reason) {
            super(reason);
            this.reason = reason;
        }

        /** {@code reserveTooLarge} or {@code fixedTooLarge}: the last part of a message key. */
        public String reason() {
            return reason;
        }
    }

    /**
     * @param counts the number of eligible claimants in each of the scheme's categories, in the scheme's order
     * @throws Refused when the reserve exceeds the net, or the fixed amounts add up to more than there is
     */
    public static AllocationPlan divide(AllocationScheme scheme, long netCents, long[] counts) {
        if (counts.length != scheme.categories().size()) {
            throw new IllegalArgumentException("one count per category");
        }
        long distributable = netCents - scheme.reserveCents();
        if (distributable < 0) {
            throw new Refused("reserveTooLarge");
        }
        return scheme.mode() == AllocationScheme.Mode.FIXED
                ? fixed(scheme, netCents, distributable, counts)
                : weighted(scheme, netCents, distributable, counts);
    }

    private static AllocationPlan fixed(AllocationScheme scheme, long net, long distributable, long[] counts) {
        List<AllocationPlan.Share> shares = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            long amount = scheme.categories().get(i).value();
            boolean paid = amount > 0 && amount >= scheme.minimumCents();
            shares.add(new AllocationPlan.Share(counts[i], paid ? amount : 0, 0));
            total = Math.addExact(total, paid ? Math.multiplyExact(counts[i], amount) : 0);
        }
        if (total > distributable) {
            throw new Refused("fixedTooLarge");
        }
        return new AllocationPlan(scheme, shares, total, net - total);
    }

    private static AllocationPlan weighted(AllocationScheme scheme, long net, long distributable, long[] counts) {
        int size = counts.length;
        boolean[] active = new boolean[size];
        for (int i = 0; i < size; i++) {
            active[i] = counts[i] > 0 && scheme.categories().get(i).value() > 0;
        }
        BigInteger amount = BigInteger.valueOf(distributable);
        while (true) {
            BigInteger total = BigInteger.ZERO;
            for (int i = 0; i < size; i++) {
                if (active[i]) {
                    total = total.add(weight(scheme, i).multiply(BigInteger.valueOf(counts[i])));
                }
            }
            if (total.signum() == 0) {
                return nothing(scheme, net, counts);
            }
            long[] each = new long[size];
            BigInteger[] remainders = new BigInteger[size];
            int smallestBelow = -1;
            for (int i = 0; i < size; i++) {
                if (!active[i]) {
                    remainders[i] = BigInteger.ZERO;
                    continue;
                }
                BigInteger[] quotient = amount.multiply(weight(scheme, i)).divideAndRemainder(total);
                each[i] = quotient[0].longValueExact();
                remainders[i] = quotient[1];
                if (each[i] < scheme.minimumCents() && (smallestBelow < 0 || each[i] < each[smallestBelow])) {
                    smallestBelow = i;
                }
            }
            if (smallestBelow >= 0) {
                active[smallestBelow] = false;
                continue;
            }
            return largestRemainder(scheme, net, distributable, counts, active, each, remainders);
        }
    }

    private static AllocationPlan largestRemainder(
            AllocationScheme scheme,
            long net,
            long distributable,
            long[] counts,
            boolean[] active,
            long[] each,
            BigInteger[] remainders) {
        long leftOver = distributable;
        for (int i = 0; i < counts.length; i++) {
            leftOver -= active[i] ? Math.multiplyExact(each[i], counts[i]) : 0;
        }
        long[] extra = new long[counts.length];
        Integer[] byRemainder = new Integer[counts.length];
        Arrays.setAll(byRemainder, i -> i);
        Arrays.sort(
                byRemainder, Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int i : byRemainder) {
            if (active[i] && leftOver > 0) {
                extra[i] = Math.min(counts[i], leftOver);
                leftOver -= extra[i];
            }
        }
        if (leftOver != 0) {
            throw new IllegalStateException("largest remainder left " + leftOver + " cents");
        }
        List<AllocationPlan.Share> shares = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            shares.add(new AllocationPlan.Share(counts[i], active[i] ? each[i] : 0, extra[i]));
        }
        return new AllocationPlan(scheme, shares, distributable, net - distributable);
    }

    private static AllocationPlan nothing(AllocationScheme scheme, long net, long[] counts) {
        List<AllocationPlan.Share> shares = new ArrayList<>();
        for (long count : counts) {
            shares.add(new AllocationPlan.Share(count, 0, 0));
        }
        return new AllocationPlan(scheme, shares, 0, net);
    }

    private static BigInteger weight(AllocationScheme scheme, int category) {
        return BigInteger.valueOf(scheme.categories().get(category).value());
    }
}
