package nl.claimdesk.payout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.Funnel;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A settlement with a published allocation, written with plain SQL until the settlement screens exist: each claimant
 * of a dossier gets a share. The settlement is approved; its rule for minors' accounts and whether minors wait for
 * the court are the test's.
 */
public final class TestAllocations {

    /** Equal shares, as the allocation page stores that scheme. */
    private static final String EQUAL_SCHEME = """
            {"mode":"WEIGHTS","categories":[{"code":"EQUAL","fromAge":0,"toAge":150,"value":1}],\
            "minimumCents":0,"reserveCents":0}""";

    private TestAllocations() {}

    /** A child of this age, signed up as having begun to use the platform at eight: inside any test class. */
    public static Funnel.Child child(Clock clock, String firstName, String lastName, int age) {
        Ages.Birth born = Ages.childBornYearsAgo(clock, age);
        return Funnel.child(
                firstName, lastName, born.dmy(), Integer.toString(born.date().getYear() + 8), "");
    }

    /**
     * A published allocation over the dossier's claimants, each owed {@code cents} and in the class; returns the
     * allocation's id. A run pays only those whose agreement is accepted ({@link #agreed}, or the agreement signed).
     */
    public static UUID publish(
            JdbcClient jdbc,
            Dossier dossier,
            long cents,
            boolean minors,
            String minorAccountRule,
            boolean courtNeeded) {
        UUID campaign = jdbc.sql("select campaign_id from registration where id = ?")
                .param(dossier.registration())
                .query(UUID.class)
                .single();
        UUID settlement = UUID.randomUUID();
        UUID financeOfficer = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        long gross = cents * dossier.claimants().size() * 2;
        jdbc.sql("""
                        insert into settlement (id, campaign_id, source_kind, source_date, source_reference, currency,
                            gross_cents, costs_cents, fee_cents, net_cents, minors_need_court_approval,
                            minor_account_rule, entered_by, entered_at, approved_by, approved_at)
                        values (?, ?, 'SETTLEMENT', ?, 'test', 'EUR', ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        settlement,
                        campaign,
                        LocalDate.now(),
                        gross,
                        gross / 2,
                        gross - gross / 2,
                        courtNeeded,
                        minorAccountRule,
                        financeOfficer,
                        now,
                        UUID.randomUUID(),
                        now)
                .update();
        UUID allocation = UUID.randomUUID();
        jdbc.sql("""
                        insert into allocation (id, settlement_id, version, scheme, reserve_cents, distributed_cents,
                            created_by, created_at, published_by, published_at)
                        values (?, ?, 1, ?, 0, ?, ?, ?, ?, ?)""")
                .params(
                        allocation,
                        settlement,
                        EQUAL_SCHEME,
                        cents * dossier.claimants().size(),
                        financeOfficer,
                        now,
                        UUID.randomUUID(),
                        now)
                .update();
        // An allocation is made over claimants in the class; a run checks again that they still are.
        inClass(jdbc, dossier.registration());
        for (Map.Entry<String, UUID> claimant : dossier.claimants().entrySet()) {
            jdbc.sql("""
                            insert into allocation_share (allocation_id, claimant_id, registration_id, category,
                                amount_cents, minor)
                            values (?, ?, ?, 'EQUAL', ?, ?)""")
                    .params(allocation, claimant.getValue(), dossier.registration(), cents, minors)
                    .update();
        }
        return allocation;
    }

    /**
     * Marks the participation of every claimant of the dossier complete, as accepting the agreement does, so that a
     * payment run finds them eligible.
     */
    /** Puts the registration's claimants in the class, as a published class version that includes them would. */
    public static void inClass(JdbcClient jdbc, UUID registration) {
        jdbc.sql("""
                        merge into claimant_class k using (select id from claimant where registration_id = ?) c
                            on k.claimant_id = c.id
                        when matched then update set status = 'IN_CLASS'
                        when not matched then insert (claimant_id, status, version, changed_in)
                            values (c.id, 'IN_CLASS', 1, 1)""").param(registration).update();
    }

    public static void agreed(JdbcClient jdbc, Dossier dossier) {
        jdbc.sql("""
                        update claimant set participation_completed_at = coalesce(participation_completed_at, ?)
                        where registration_id = ?""").params(OffsetDateTime.now(), dossier.registration()).update();
    }

    /**
     * Publishes the next version of the allocation's settlement, superseding the current one, with these amounts per
     * claimant (a claimant left out has no share in it); returns the new version's id.
     */
    public static UUID publishNextVersion(JdbcClient jdbc, UUID current, Map<UUID, Long> amounts) {
        Map<String, Object> was = jdbc.sql("select settlement_id, version from allocation where id = ?")
                .param(current)
                .query()
                .singleRow();
        UUID settlement = (UUID) was.get("settlement_id");
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("update allocation set superseded_at = ? where id = ?")
                .params(now, current)
                .update();
        UUID allocation = UUID.randomUUID();
        jdbc.sql("""
                        insert into allocation (id, settlement_id, version, scheme, reserve_cents, distributed_cents,
                            reason, created_by, created_at, published_by, published_at)
                        values (?, ?, ?, ?, 0, ?, 'a late claim', ?, ?, ?, ?)""")
                .params(
                        allocation,
                        settlement,
                        ((Number) was.get("version")).intValue() + 1,
                        EQUAL_SCHEME,
                        amounts.values().stream().mapToLong(Long::longValue).sum(),
                        UUID.randomUUID(),
                        now,
                        UUID.randomUUID(),
                        now)
                .update();
        amounts.forEach((claimant, cents) ->
                jdbc.sql("""
                        insert into allocation_share (allocation_id, claimant_id, registration_id, category,
                            amount_cents, minor)
                        select ?, claimant_id, registration_id, category, ?, minor from allocation_share
                        where allocation_id = ? and claimant_id = ?""").params(allocation, cents, current, claimant).update());
        return allocation;
    }
}
