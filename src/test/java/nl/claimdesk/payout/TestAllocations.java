package nl.claimdesk.payout;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.registration.Dossiers.Dossier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A settlement with a published allocation, written with plain SQL until the settlement screens exist: each claimant
 * of a dossier gets a share. The settlement is approved; its rule for minors' accounts and whether minors wait for
 * the court are the test's.
 */
public final class TestAllocations {

    private TestAllocations() {}

    /** A published allocation over the dossier's claimants, each owed {@code cents}; returns the allocation's id. */
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
                        values (?, ?, 1, '{"kind":"EQUAL"}', 0, ?, ?, ?, ?, ?)""")
                .params(
                        allocation,
                        settlement,
                        cents * dossier.claimants().size(),
                        financeOfficer,
                        now,
                        UUID.randomUUID(),
                        now)
                .update();
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
}
