package nl.claimdesk.payout.internal.allocation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a settlement's net amount is divided, as data: categories of claimants by their age when their use began,
 * each with a weight (its claimants' shares relate as the weights) or a fixed amount in cents; a minimum payout
 * below which a category gets nothing (its money returns to the pool); and a reserve held back for late claims.
 * Equal shares are one category for every age with weight 1.
 *
 * @param mode whether the categories' values are weights or fixed amounts
 * @param categories in the order shown; a claimant falls in the first whose ages hold their age at the start of use
 * @param minimumCents the smallest payout; 0 for none
 * @param reserveCents held back from the net before dividing
 */
public record AllocationScheme(Mode mode, List<Category> categories, long minimumCents, long reserveCents) {

    /** Whether a category's value is a weight or a fixed amount in cents. */
    public enum Mode {
        WEIGHTS,
        FIXED
    }

    /**
     * A category: claimants aged {@code fromAge} to {@code toAge} (inclusive) when their use began, and the weight or
     * fixed amount each gets.
     */
    public record Category(String code, int fromAge, int toAge, long value) {

        public Category {
            if (code.isBlank() || code.length() > 40) {
                throw new IllegalArgumentException("a category's code has 1 to 40 characters");
            }
            if (fromAge < 0 || toAge < fromAge) {
                throw new IllegalArgumentException("a category's ages run upwards from 0");
            }
            if (value < 0) {
                throw new IllegalArgumentException("a category's value is never negative");
            }
        }

        boolean holds(int age) {
            return age >= fromAge && age <= toAge;
        }
    }

    public static final int OLDEST = 150;

    public AllocationScheme {
        categories = List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a scheme has at least one category");
        }
        Set<String> codes = new HashSet<>();
        for (Category category : categories) {
            if (!codes.add(category.code())) {
                throw new IllegalArgumentException("category codes are unique: " + category.code());
            }
        }
        if (minimumCents < 0 || reserveCents < 0) {
            throw new IllegalArgumentException("the minimum and the reserve are never negative");
        }
    }

    /** Everyone gets the same share. */
    public static AllocationScheme equalShares(long minimumCents, long reserveCents) {
        return new AllocationScheme(
                Mode.WEIGHTS, List.of(new Category("ALL", 0, OLDEST, 1)), minimumCents, reserveCents);
    }

    /** The position of the category that holds {@code age}, or empty when none does. */
    public Optional<Integer> categoryOf(int age) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).holds(age)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
