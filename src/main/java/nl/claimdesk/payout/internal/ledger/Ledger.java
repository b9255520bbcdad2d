package nl.claimdesk.payout.internal.ledger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The payments of a settlement in figures, from the {@code payment} rows and the current allocation's shares: what
 * the reports show to finance and viewers (aggregates only), and the list of claimants paid under an earlier version
 * at another amount that finance settles by hand.
 */
@Component
public class Ledger {

    private enum State {
        ACCEPTED,
        IN_FLIGHT,
        REJECTED,
        RETURNED
    }

    /** The live payments of the settlement made under another version than the current one, with the current share. */
    private static final String PAID_UNDER_EARLIER_VERSION = """
            from payment p
            join allocation paid on paid.id = p.allocation_id
            join allocation_share ps on ps.allocation_id = p.allocation_id and ps.claimant_id = p.claimant_id
            join allocation c on c.settlement_id = p.settlement_id and c.published_at is not null
                and c.superseded_at is null
            left join allocation_share cs on cs.allocation_id = c.id and cs.claimant_id = p.claimant_id
            where p.settlement_id = ? and p.live = true and p.allocation_id <> c.id
              and coalesce(cs.amount_cents, 0) <> p.amount_cents""";

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PaymentFigures figures(UUID settlement) {
        Map<State, Tally> byState = new EnumMap<>(State.class);
        jdbc.sql("select state, count(*), coalesce(sum(amount_cents), 0) from payment where settlement_id = ?"
                        + " group by state")
                .param(settlement)
                .query((RowCallbackHandler)
                        rs -> byState.put(State.valueOf(rs.getString(1)), new Tally(rs.getLong(2), rs.getLong(3))));
        Optional<UUID> current = jdbc.sql("select id from allocation where settlement_id = ?"
                        + " and published_at is not null and superseded_at is null")
                .param(settlement)
                .query(UUID.class)
                .optional();
        Tally unclaimed = current.map(allocation -> jdbc.sql("""
                                select count(*), coalesce(sum(s.amount_cents), 0) from allocation_share s
                                where s.allocation_id = ?
                                  and not exists (select 1 from payment p where p.settlement_id = ?
                                                  and p.claimant_id = s.claimant_id and p.live = true)""")
                        .params(allocation, settlement)
                        .query((rs, n) -> new Tally(rs.getLong(1), rs.getLong(2)))
                        .single())
                .orElse(null);
        long[] changed = jdbc.sql("""
                        select count(*),
                            coalesce(sum(case when coalesce(cs.amount_cents, 0) > p.amount_cents
                                then coalesce(cs.amount_cents, 0) - p.amount_cents else 0 end), 0),
                            coalesce(sum(case when coalesce(cs.amount_cents, 0) < p.amount_cents
                                then p.amount_cents - coalesce(cs.amount_cents, 0) else 0 end), 0)
                        """ + PAID_UNDER_EARLIER_VERSION)
                .param(settlement)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        return new PaymentFigures(
                byState.getOrDefault(State.ACCEPTED, Tally.NONE),
                byState.getOrDefault(State.IN_FLIGHT, Tally.NONE),
                byState.getOrDefault(State.REJECTED, Tally.NONE),
                byState.getOrDefault(State.RETURNED, Tally.NONE),
                unclaimed,
                changed[0],
                changed[1],
                changed[2]);
    }

    /** The claimants paid under an earlier version at another amount than their current share, at most {@code limit}. */
    public List<PaidAtAnotherAmount> paidAtAnotherAmount(UUID settlement, int limit) {
        return jdbc.sql("select ps.registration_id, p.claimant_id, paid.version, p.amount_cents,"
                        + " coalesce(cs.amount_cents, 0) " + PAID_UNDER_EARLIER_VERSION
                        + " order by ps.registration_id, p.claimant_id limit ?")
                .params(settlement, limit)
                .query((rs, n) -> new PaidAtAnotherAmount(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getInt(3),
                        rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }
}
