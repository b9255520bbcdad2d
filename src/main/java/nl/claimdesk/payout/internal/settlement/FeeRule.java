package nl.claimdesk.payout.internal.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.claimdesk.campaign.FeeTerms;

/**
 * The funder's fee under a campaign's fee terms: its percentage of the gross proceeds, plus its costs where the terms
 * say so, never more than the cap percentage of the gross. All amounts are integer euro cents; the percentages are
 * exact decimals. Each percentage of the gross is rounded down to the cent, so any fraction stays with the
 * claimants.
 */
public final class FeeRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FeeRule() {}

    public static long fee(FeeTerms terms, long grossCents, long costsCents) {
        if (grossCents < 0 || costsCents < 0) {
            throw new IllegalArgumentException("amounts are never negative");
        }
        long share = percentOf(terms.funderPercentage(), grossCents);
        long withCosts = terms.plusCosts() ? Math.addExact(share, costsCents) : share;
        return Math.min(withCosts, percentOf(terms.capPercentage(), grossCents));
    }

    private static long percentOf(BigDecimal percentage, long cents) {
        return percentage
                .multiply(BigDecimal.valueOf(cents))
                .divide(HUNDRED, 0, RoundingMode.DOWN)
                .longValueExact();
    }
}
