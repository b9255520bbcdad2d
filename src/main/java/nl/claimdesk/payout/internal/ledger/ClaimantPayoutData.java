package nl.claimdesk.payout.internal.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.payout.Iban;
import nl.claimdesk.payout.PayoutRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The payout's data about claimants as their participant's export shows it, and what erasure does with it: payments
 * are the foundation's bookkeeping and stay (seven years, ADR 0013), with the share they paid and the account they
 * went to — closed, so no run or mail uses it again; an account no payment used is deleted (ADR 0051).
 */
@Component
public class ClaimantPayoutData {

    private static final String PAID_INTO =
            "exists (select 1 from payment p where p.bank_account_id = bank_account.id)";

    private final JdbcClient jdbc;
    private final Clock clock;

    ClaimantPayoutData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PayoutRecords export(Collection<UUID> claimants) {
        if (claimants.isEmpty()) {
            return new PayoutRecords(List.of(), List.of(), List.of());
        }
        return new PayoutRecords(
                jdbc.sql("""
                                select claimant_id, iban_country, iban_length, iban_last_four, holder_name, holder,
                                    state, entered_at, confirmed_at, ended_at, name_check, name_checked_at
                                from bank_account where claimant_id in (:claimants) order by entered_at, id""")
                        .param("claimants", claimants)
                        .query((rs, n) -> new PayoutRecords.BankAccount(
                                rs.getObject(1, UUID.class),
                                Iban.masked(rs.getString(2), rs.getInt(3), rs.getString(4)),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getObject(8, OffsetDateTime.class),
                                rs.getObject(9, OffsetDateTime.class),
                                rs.getObject(10, OffsetDateTime.class),
                                rs.getString(11),
                                rs.getObject(12, OffsetDateTime.class)))
                        .list(),
                jdbc.sql("""
                                select s.claimant_id, a.settlement_id, a.version, s.category, s.amount_cents, s.minor,
                                    a.published_at, a.superseded_at is null
                                from allocation_share s join allocation a on a.id = s.allocation_id
                                where s.claimant_id in (:claimants)
                                order by a.published_at, a.settlement_id, a.version, s.claimant_id""")
                        .param("claimants", claimants)
                        .query((rs, n) -> new PayoutRecords.Share(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getInt(3),
                                rs.getString(4),
                                rs.getLong(5),
                                rs.getBoolean(6),
                                rs.getObject(7, OffsetDateTime.class),
                                rs.getBoolean(8)))
                        .list(),
                jdbc.sql("""
                                select p.claimant_id, p.settlement_id, p.amount_cents, b.iban_country, b.iban_length,
                                    b.iban_last_four, p.state, p.reason_code, r.execution_date, p.reported_at
                                from payment p join bank_account b on b.id = p.bank_account_id
                                join payment_run r on r.id = p.run_id
                                where p.claimant_id in (:claimants)
                                order by r.created_at, p.claimant_id""")
                        .param("claimants", claimants)
                        .query((rs, n) -> new PayoutRecords.Payment(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getLong(3),
                                Iban.masked(rs.getString(4), rs.getInt(5), rs.getString(6)),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getObject(9, LocalDate.class),
                                rs.getObject(10, OffsetDateTime.class)))
                        .list());
    }

    /**
     * Deletes the claimants' accounts no payment used and closes the others; true when an account entered by
     * {@code account} stays (one that was paid into, or one for a claimant handed over to a young adult since).
     */
    public boolean erase(Collection<UUID> claimants, UUID account) {
        if (!claimants.isEmpty()) {
            jdbc.sql("delete from bank_account where claimant_id in (:claimants) and not " + PAID_INTO)
                    .param("claimants", claimants)
                    .update();
        }
        if (!claimants.isEmpty()) {
            jdbc.sql("""
                            update bank_account set state = 'REPLACED', ended_at = :now
                            where claimant_id in (:claimants) and state <> 'REPLACED'""")
                    .param("now", OffsetDateTime.now(clock))
                    .param("claimants", claimants)
                    .update();
        }
        return jdbc.sql("select count(*) from bank_account where account_id = ?")
                        .param(account)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
