package nl.claimdesk.payout.internal.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.payout.TestAllocations;
import nl.claimdesk.payout.TestSettlements;
import nl.claimdesk.payout.internal.settlement.Settlement;
import nl.claimdesk.payout.internal.settlement.Settlements;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.Funnel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shares as the database writes them, slice by slice, against {@link Division}: with slices of two claimants, a
 * category's extra cents still go to its first claimants in id order across the slices, and a category below the
 * minimum gets no share at all. Seven children of one registration: three who began at five (YOUNG), four at ten
 * (OLD).
 */
@ServerTest
class AllocationSlicesTest {

    private static final List<String> YOUNG = List.of("Anna", "Bram", "Cas");
    private static final List<String> OLD = List.of("Daan", "Eva", "Fien", "Gijs");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Settlements settlements;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void theExtraCentsGoToTheFirstClaimantsOfEachCategoryAcrossSlices() {
        Dossier parent = sevenChildren("slices");
        Settlement settlement = settlementOf(parent);
        // 1,010 cents over weights 3 (three claimants) and 1 (four): 233 and 77 each, rest 1 and 9 of 13, so the 3
        // cents left go to the first three OLD claimants.
        AllocationScheme scheme = scheme(3, 1, 0, settlement.netCents() - 1_010);

        AllocationPlan plan = publishInSlicesOfTwo(settlement, scheme);

        assertThat(plan.shares())
                .extracting(AllocationPlan.Share::eachCents, AllocationPlan.Share::withExtraCent)
                .containsExactly(tuple(233L, 0L), tuple(77L, 3L));
        Map<UUID, Long> expected = expected(parent, plan);
        assertThat(shares(settlement)).isEqualTo(expected);
        assertThat(expected.values()).contains(77L, 78L, 233L);
        assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1_010);
    }

    @Test
    void aCategoryBelowTheMinimumGetsNoShareAndItsMoneyGoesToTheOthers() {
        Dossier parent = sevenChildren("minimum");
        Settlement settlement = settlementOf(parent);
        // Weights 1 and 100 with a minimum of one euro: YOUNG would get 2 cents each, so it drops out and the four OLD
        // claimants share 1,010 cents: 252 each and 2 cents for the first two.
        AllocationScheme scheme = scheme(1, 100, 1_00, settlement.netCents() - 1_010);

        AllocationPlan plan = publishInSlicesOfTwo(settlement, scheme);

        assertThat(plan.shares().get(0).eachCents()).isZero();
        assertThat(plan.shares().get(1).eachCents()).isEqualTo(252);
        assertThat(plan.shares().get(1).withExtraCent()).isEqualTo(2);
        Map<UUID, Long> written = shares(settlement);
        assertThat(written).isEqualTo(expected(parent, plan));
        assertThat(written.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        OLD.stream().map(parent::claimant).toList());
        assertThat(jdbc.sql("""
                        select count(*) from allocation_share s join allocation a on a.id = s.allocation_id
                        where a.settlement_id = ? and s.category = 'YOUNG'""").param(settlement.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void aMinorIsWhoseBirthdayOfMajorityIsStillAhead() {
        for (LocalDate today = LocalDate.of(2027, 1, 1); today.getYear() < 2033; today = today.plusDays(1)) {
            LocalDate last = Allocations.lastAdultBirth(18, today);
            assertThat(last.plusYears(18))
                    .as("born %s: of age on %s", last, today)
                    .isBeforeOrEqualTo(today);
            assertThat(last.plusDays(1).plusYears(18))
                    .as("born the day after %s: a minor on %s", last, today)
                    .isAfter(today);
        }
        assertThat(Allocations.lastAdultBirth(18, LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2008, 2, 29));
    }

    private AllocationPlan publishInSlicesOfTwo(Settlement settlement, AllocationScheme scheme) {
        Allocations sliced = new Allocations(jdbc, campaigns, audit, clock, 2);
        TransactionTemplate repeatable = new TransactionTemplate(transactions);
        repeatable.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        Preview preview = repeatable.execute(status -> sliced.preview(settlement, scheme));
        assertThat(preview.plan().claimants()).isEqualTo(7);
        assertThat(preview.outsideCategories()).isZero();
        repeatable.executeWithoutResult(status -> sliced.publish(settlement, scheme, null, UUID.randomUUID(), null));
        return preview.plan();
    }

    /** What {@link AllocationPlan.Share#amount} gives each claimant with an amount, by their place in id order. */
    private Map<UUID, Long> expected(Dossier parent, AllocationPlan plan) {
        Map<UUID, Long> expected = new LinkedHashMap<>();
        List<List<String>> categories = List.of(YOUNG, OLD);
        for (int category = 0; category < 2; category++) {
            List<UUID> ids = inIdOrder(
                    categories.get(category).stream().map(parent::claimant).toList());
            for (int index = 0; index < ids.size(); index++) {
                long amount = plan.shares().get(category).amount(index);
                if (amount > 0) {
                    expected.put(ids.get(index), amount);
                }
            }
        }
        return expected;
    }

    /** The claimants in the database's id order, the order the extra cents follow. */
    private List<UUID> inIdOrder(List<UUID> claimants) {
        return jdbc.sql("select id from claimant where id in (:ids) order by id")
                .param("ids", claimants)
                .query(UUID.class)
                .list();
    }

    private Map<UUID, Long> shares(Settlement settlement) {
        Map<UUID, Long> shares = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.claimant_id, s.amount_cents, s.minor from allocation_share s
                        join allocation a on a.id = s.allocation_id
                        where a.settlement_id = ? and a.superseded_at is null""").param(settlement.id()).query(rs -> {
            assertThat(rs.getBoolean(3)).as("children of 12 and 14 are minors").isTrue();
            shares.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        return shares;
    }

    private static AllocationScheme scheme(long young, long old, long minimum, long reserve) {
        return new AllocationScheme(
                AllocationScheme.Mode.WEIGHTS,
                List.of(
                        new AllocationScheme.Category("YOUNG", 0, 7, young),
                        new AllocationScheme.Category("OLD", 8, AllocationScheme.OLDEST, old)),
                minimum,
                reserve);
    }

    private Settlement settlementOf(Dossier parent) {
        UUID campaign = jdbc.sql("select campaign_id from registration where id = ?")
                .param(parent.registration())
                .query(UUID.class)
                .single();
        UUID settlement = TestSettlements.approved(context, new CampaignId(campaign));
        return settlements.byId(settlement).orElseThrow();
    }

    private Dossier sevenChildren(String prefix) {
        String lastName = Dossiers.uniqueLastName("Schijf");
        List<Funnel.Child> children = new ArrayList<>();
        for (String name : YOUNG) {
            children.add(Funnel.child(name, lastName, Ages.childBornYearsAgo(clock, 12), 5));
        }
        for (String name : OLD) {
            children.add(Funnel.child(name, lastName, Ages.childBornYearsAgo(clock, 14), 10));
        }
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                TestCampaign.create(context, prefix).slug(),
                Dossiers.uniqueEmail("ouder"),
                children.toArray(Funnel.Child[]::new));
        TestAllocations.agreed(jdbc, parent);
        TestAllocations.inClass(jdbc, parent.registration());
        return parent;
    }
}
