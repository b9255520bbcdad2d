package nl.claimdesk.payout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.payout.ExpectedPayout;
import nl.claimdesk.payout.Payouts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link Payouts} on the current published allocations, their settlements and the claimant's account in force: a
 * claimant has at most one account confirmed or needing new details (a newly confirmed one replaces it).
 */
@Component
class StoredPayouts implements Payouts {

    private final JdbcClient jdbc;

    StoredPayouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ExpectedPayout> expected(UUID claimant) {
        return jdbc.sql("""
                        select s.amount_cents, s.minor and t.minors_need_court_approval
                            and t.court_approved_at is null as awaiting_court,
                            (select max(b.state) from bank_account b where b.claimant_id = s.claimant_id
                                and b.state in ('CONFIRMED', 'NEEDS_NEW')) as account
                        from allocation_share s
                        join allocation a on a.id = s.allocation_id
                        join settlement t on t.id = a.settlement_id
                        where s.claimant_id = ? and a.published_at is not null and a.superseded_at is null
                        order by t.entered_at, t.id""")
                .param(claimant)
                .query((rs, row) -> {
                    List<ExpectedPayout.Step> steps = new ArrayList<>();
                    String account = rs.getString("account");
                    if (account == null) {
                        steps.add(ExpectedPayout.Step.BANK_DETAILS);
                    } else if (account.equals("NEEDS_NEW")) {
                        steps.add(ExpectedPayout.Step.NEW_BANK_DETAILS);
                    }
                    if (rs.getBoolean("awaiting_court")) {
                        steps.add(ExpectedPayout.Step.COURT_APPROVAL);
                    }
                    steps.add(ExpectedPayout.Step.PAYMENT);
                    return new ExpectedPayout(rs.getLong("amount_cents"), steps);
                })
                .list();
    }
}
