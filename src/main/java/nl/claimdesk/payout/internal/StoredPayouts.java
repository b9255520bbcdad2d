package nl.claimdesk.payout.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.payout.ExpectedPayout;
import nl.claimdesk.payout.PayoutRecords;
import nl.claimdesk.payout.Payouts;
import nl.claimdesk.payout.internal.ledger.ClaimantPayoutData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link Payouts} on the current published allocations and their settlements, the claimant's bank accounts and
 * payments; the personal data in them through {@link ClaimantPayoutData}.
 */
@Component
class StoredPayouts implements Payouts {

    private final JdbcClient jdbc;
    private final ClaimantPayoutData personalData;

    StoredPayouts(JdbcClient jdbc, ClaimantPayoutData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    @Override
    public PayoutRecords export(Collection<UUID> claimants) {
        return personalData.export(claimants);
    }

    @Override
    public boolean erase(Collection<UUID> claimants, UUID account) {
        return personalData.erase(claimants, account);
    }

    private record Share(UUID settlement, long amountCents, boolean awaitingCourt) {}

    @Override
    public List<ExpectedPayout> expected(UUID claimant) {
        List<Share> shares = jdbc.sql("""
                        select t.id, s.amount_cents, s.minor and t.minors_need_court_approval
                            and t.court_approved_at is null as awaiting_court
                        from allocation_share s
                        join allocation a on a.id = s.allocation_id
                        join settlement t on t.id = a.settlement_id
                        where s.claimant_id = ? and a.published_at is not null and a.superseded_at is null
                        order by t.entered_at, t.id""")
                .param(claimant)
                .query((rs, row) -> new Share(rs.getObject(1, UUID.class), rs.getLong(2), rs.getBoolean(3)))
                .list();
        if (shares.isEmpty()) {
            return List.of();
        }
        boolean accountConfirmed =
                jdbc.sql("select count(*) from bank_account where claimant_id = ? and state = 'CONFIRMED'")
                                .param(claimant)
                                .query(Long.class)
                                .single()
                        > 0;
        return shares.stream()
                .map(share -> expected(claimant, share, accountConfirmed))
                .toList();
    }

    private ExpectedPayout expected(UUID claimant, Share share, boolean accountConfirmed) {
        Optional<ExpectedPayout.Payment> payment = jdbc.sql("""
                        select p.amount_cents, r.execution_date, p.state from payment p
                        join payment_run r on r.id = p.run_id
                        where p.settlement_id = ? and p.claimant_id = ? and p.live = true""")
                .params(share.settlement(), claimant)
                .query((rs, row) -> new ExpectedPayout.Payment(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3).equals("ACCEPTED")))
                .optional()
                .filter(paid -> paid.date() != null);
        List<ExpectedPayout.Step> steps = new ArrayList<>();
        if (payment.isEmpty()) {
            if (!accountConfirmed) {
                steps.add(
                        failedBefore(claimant, share.settlement())
                                ? ExpectedPayout.Step.NEW_BANK_DETAILS
                                : ExpectedPayout.Step.BANK_DETAILS);
            }
            if (share.awaitingCourt()) {
                steps.add(ExpectedPayout.Step.COURT_APPROVAL);
            }
            steps.add(ExpectedPayout.Step.PAYMENT);
        }
        return new ExpectedPayout(share.amountCents(), steps, payment.orElse(null));
    }

    private boolean failedBefore(UUID claimant, UUID settlement) {
        return jdbc.sql("select count(*) from payment where settlement_id = ? and claimant_id = ? and live is null")
                        .params(settlement, claimant)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
