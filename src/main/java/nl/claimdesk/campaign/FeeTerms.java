package nl.claimdesk.campaign;

import java.math.BigDecimal;

/**
 * What the funder receives if the claim succeeds: {@code funderPercentage} of the proceeds, plus its costs where
 * {@code plusCosts} holds, never more than {@code capPercentage} of the proceeds (including VAT where
 * {@code capIncludesVat}). Under no cure no pay nothing is owed without a result.
 */
public record FeeTerms(
        BigDecimal funderPercentage,
        boolean plusCosts,
        BigDecimal capPercentage,
        boolean capIncludesVat,
        boolean noCureNoPay) {

    public FeeTerms {
        if (funderPercentage.signum() < 0 || capPercentage.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("fee percentages must lie between 0 and 100");
        }
        if (funderPercentage.compareTo(capPercentage) > 0) {
            throw new IllegalArgumentException("the funder's percentage exceeds the cap");
        }
    }
}
