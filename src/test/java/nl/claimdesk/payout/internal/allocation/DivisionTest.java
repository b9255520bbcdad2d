package nl.claimdesk.payout.internal.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.claimdesk.payout.internal.allocation.AllocationScheme.Category;
import nl.claimdesk.payout.internal.allocation.AllocationScheme.Mode;
import org.junit.jupiter.api.Test;

class DivisionTest {

    private static final List<Category> BY_AGE = List.of(
            new Category("UNDER_13", 0, 12, 3), new Category("13_15", 13, 15, 2), new Category("16_17", 16, 17, 1));

    @Test
    void equalSharesGiveTheLeftOverCentsToTheFirstClaimants() {
        AllocationPlan plan = Division.divide(AllocationScheme.equalShares(0, 0), 100, new long[] {3});

        assertThat(plan.shares().getFirst()).isEqualTo(new AllocationPlan.Share(3, 33, 1));
        assertThat(List.of(
                        plan.shares().getFirst().amount(0),
                        plan.shares().getFirst().amount(1)))
                .containsExactly(34L, 33L);
        assertThat(plan.distributedCents()).isEqualTo(100);
        assertThat(plan.reserveCents()).isZero();
    }

    @Test
    void weightedCategoriesShareInProportion() {
        AllocationScheme scheme = new AllocationScheme(Mode.WEIGHTS, BY_AGE, 0, 1_000_00);
        // 11,000.00 net, 1,000.00 reserve: 10,000.00 over 10 x 3 + 10 x 2 + 20 x 1 = 70 weights.
        AllocationPlan plan = Division.divide(scheme, 11_000_00, new long[] {10, 10, 20});

        assertThat(plan.shares().get(0).eachCents()).isEqualTo(428_57);
        assertThat(plan.shares().get(1).eachCents()).isEqualTo(285_71);
        assertThat(plan.shares().get(2).eachCents()).isEqualTo(142_85);
        assertThat(plan.shares().stream()
                        .mapToLong(AllocationPlan.Share::totalCents)
                        .sum())
                .isEqualTo(10_000_00);
        assertThat(plan.reserveCents()).isEqualTo(1_000_00);
    }

    @Test
    void aCategoryBelowTheMinimumGetsNothingAndItsMoneyGoesToTheOthers() {
        List<Category> categories = List.of(new Category("BIG", 0, 12, 100), new Category("SMALL", 13, 17, 1));
        AllocationScheme scheme = new AllocationScheme(Mode.WEIGHTS, categories, 5_00, 0);
        // Weights 100 x 10 + 1 x 10: SMALL would get 99 cents each, below the 5.00 minimum.
        AllocationPlan plan = Division.divide(scheme, 1_000_00, new long[] {10, 10});

        assertThat(plan.shares().get(1).eachCents()).isZero();
        assertThat(plan.shares().get(1).totalCents()).isZero();
        assertThat(plan.shares().get(0).eachCents()).isEqualTo(100_00);
        assertThat(plan.distributedCents()).isEqualTo(1_000_00);
    }

    @Test
    void whenEveryoneFallsBelowTheMinimumEverythingStaysInReserve() {
        AllocationPlan plan = Division.divide(AllocationScheme.equalShares(10_00, 0), 50_00, new long[] {100});

        assertThat(plan.distributedCents()).isZero();
        assertThat(plan.reserveCents()).isEqualTo(50_00);
    }

    @Test
    void fixedAmountsLeaveTheRestInReserve() {
        List<Category> categories = List.of(new Category("YOUNG", 0, 12, 500_00), new Category("OLD", 13, 17, 250_00));
        AllocationPlan plan =
                Division.divide(new AllocationScheme(Mode.FIXED, categories, 0, 0), 10_000_00, new long[] {4, 10});

        assertThat(plan.distributedCents()).isEqualTo(4_500_00);
        assertThat(plan.reserveCents()).isEqualTo(5_500_00);
    }

    @Test
    void schemesThatNeedMoreThanThereIsAreRefused() {
        assertThatThrownBy(() -> Division.divide(AllocationScheme.equalShares(0, 200), 100, new long[] {1}))
                .isInstanceOfSatisfying(
                        Division.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("reserveTooLarge"));
        List<Category> fixed = List.of(new Category("ALL", 0, 150, 60));
        assertThatThrownBy(() -> Division.divide(new AllocationScheme(Mode.FIXED, fixed, 0, 0), 100, new long[] {2}))
                .isInstanceOfSatisfying(
                        Division.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("fixedTooLarge"));
    }

    /** Many random schemes and counts: the shares add up to the cent, nobody is paid below the minimum. */
    @Test
    void everyDivisionAddsUpToTheCent() {
        Random random = new Random(20261207);
        for (int run = 0; run < 5_000; run++) {
            int size = 1 + random.nextInt(4);
            List<Category> categories = new ArrayList<>();
            long[] counts = new long[size];
            for (int i = 0; i < size; i++) {
                categories.add(new Category("C" + i, i * 5, i * 5 + 4, random.nextInt(6)));
                counts[i] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 10 : 2_000_000);
            }
            long net =
                    random.nextInt(3) == 0 ? random.nextInt(1_000) : Math.abs(random.nextLong()) % 1_000_000_000_000L;
            long reserve = random.nextBoolean() ? 0 : net / (1 + random.nextInt(20));
            long minimum = random.nextBoolean() ? 0 : random.nextInt(100_000);
            AllocationScheme scheme = new AllocationScheme(Mode.WEIGHTS, categories, minimum, reserve);

            AllocationPlan plan = Division.divide(scheme, net, counts);

            long sum = 0;
            BigInteger weights = BigInteger.ZERO;
            for (int i = 0; i < size; i++) {
                AllocationPlan.Share share = plan.shares().get(i);
                assertThat(share.claimants()).isEqualTo(counts[i]);
                assertThat(share.withExtraCent()).isBetween(0L, counts[i]);
                if (share.eachCents() > 0) {
                    assertThat(share.eachCents()).isGreaterThanOrEqualTo(minimum);
                    weights = weights.add(
                            BigInteger.valueOf(counts[i] * categories.get(i).value()));
                }
                sum += share.totalCents();
            }
            assertThat(sum).isEqualTo(plan.distributedCents());
            assertThat(plan.distributedCents() + plan.reserveCents()).isEqualTo(net);
            assertThat(plan.reserveCents()).isGreaterThanOrEqualTo(reserve);
            if (plan.distributedCents() > 0) {
                assertThat(plan.distributedCents()).isEqualTo(net - reserve);
                for (int i = 0; i < size; i++) {
                    AllocationPlan.Share share = plan.shares().get(i);
                    if (share.eachCents() > 0) {
                        // each = floor(distributable x weight / sum of the paid categories' weights)
                        BigInteger exact = BigInteger.valueOf(net - reserve)
                                .multiply(BigInteger.valueOf(categories.get(i).value()));
                        assertThat(BigInteger.valueOf(share.eachCents()).multiply(weights))
                                .isLessThanOrEqualTo(exact);
                        assertThat(BigInteger.valueOf(share.eachCents() + 1).multiply(weights))
                                .isGreaterThan(exact);
                    }
                }
            }
        }
    }

    @Test
    void theAmountsOfEachClaimantAddUpToTheCategorysTotal() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            long count = 1 + random.nextInt(50);
            AllocationPlan plan =
                    Division.divide(AllocationScheme.equalShares(0, 0), random.nextInt(100_000), new long[] {count});
            AllocationPlan.Share share = plan.shares().getFirst();
            long sum = 0;
            for (long index = 0; index < count; index++) {
                sum += share.amount(index);
            }
            assertThat(sum).isEqualTo(plan.distributedCents());
        }
    }
}
