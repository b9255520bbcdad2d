package nl.claimdesk.payout.internal.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import nl.claimdesk.campaign.FeeTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeRuleTest {

    private static final FeeTerms TIKTOK = new FeeTerms(new BigDecimal("22"), true, new BigDecimal("25"), true, true);

    // gross and costs in cents; the fee is min(22 % x gross + costs, 25 % x gross), each percentage rounded down.
    @ParameterizedTest(name = "gross {0}, costs {1} -> fee {2}")
    @CsvSource({
        // the cap does not bind: 22 % of 1,000,000.00 plus 10,000.00 costs is 230,000.00 < 250,000.00
        "100000000,       1000000,        23000000",
        // the cap binds: 220,000.00 + 50,000.00 = 270,000.00 > 250,000.00
        "100000000,       5000000,        25000000",
        // exactly on the cap
        "100000000,       3000000,        25000000",
        // no costs: 22 %
        "100000000,       0,              22000000",
        // costs larger than the whole cap: the cap
        "100000000,       900000000,      25000000",
        // one cent: 22 % and 25 % of it both round down to nothing
        "1,               0,              0",
        "1,               1,              0",
        // fractions of a cent stay with the claimants: 22 % of 12.34 is 2.7148
        "1234,            0,              271",
        // nothing received, nothing owed
        "0,               500,            0",
        // ten billion euro: 2.2 billion + 1 million costs, below the 2.5 billion cap
        "1000000000000,   100000000,      220100000000",
        // ten billion euro with costs over the cap
        "1000000000000,   40000000000,    250000000000",
    })
    void theFunderGetsItsShareAndCostsUpToTheCap(long gross, long costs, long fee) {
        assertThat(FeeRule.fee(TIKTOK, gross, costs)).isEqualTo(fee);
    }

    @Test
    void termsWithoutCostsIgnoreThem() {
        FeeTerms withoutCosts = new FeeTerms(new BigDecimal("20"), false, new BigDecimal("20"), false, true);
        assertThat(FeeRule.fee(withoutCosts, 100_000_00, 5_000_00)).isEqualTo(20_000_00);
    }

    @Test
    void fractionalPercentagesAreExact() {
        FeeTerms fractional = new FeeTerms(new BigDecimal("22.5"), true, new BigDecimal("24.99"), true, true);
        assertThat(FeeRule.fee(fractional, 100_000_00, 0)).isEqualTo(22_500_00);
        assertThat(FeeRule.fee(fractional, 100_000_00, 10_000_00)).isEqualTo(24_990_00);
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> FeeRule.fee(TIKTOK, -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> FeeRule.fee(TIKTOK, 1, -1));
    }
}
