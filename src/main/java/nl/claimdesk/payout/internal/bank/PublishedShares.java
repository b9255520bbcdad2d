package nl.claimdesk.payout.internal.bank;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claimants who are owed something: a share in an allocation that is published and not superseded. Only they are
 * asked for bank details.
 */
@Component
public class PublishedShares {

    private final JdbcClient jdbc;

    PublishedShares(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One claimant's share, with what the settlement says about paying a minor.
     *
     * @param minor whether the claimant was a minor when the allocation was made
     * @param parentAccountAllowed whether the settlement lets a minor's share go to the parent's account
     */
    public record Share(UUID claimant, UUID allocation, long amountCents, boolean minor, boolean parentAccountAllowed) {

        /** Whose account this claimant's share may go to: the claimant's own, and for a minor the parent's if allowed. */
        public List<AccountHolder> holders() {
            return minor && parentAccountAllowed
                    ? List.of(AccountHolder.CLAIMANT, AccountHolder.PARENT)
                    : List.of(AccountHolder.CLAIMANT);
        }
    }

    /** The shares of those of {@code claimants} who have one. */
    public List<Share> of(Collection<UUID> claimants) {
        if (claimants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.claimant_id, s.allocation_id, s.amount_cents, s.minor, t.minor_account_rule
                        from allocation_share s
                        join allocation a on a.id = s.allocation_id
                        join settlement t on t.id = a.settlement_id
                        where s.claimant_id in (:claimants)
                          and a.published_at is not null and a.superseded_at is null
                        order by a.published_at""")
                .param("claimants", claimants)
                .query((rs, n) -> new Share(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getLong(3),
                        rs.getBoolean(4),
                        "CHILD_OR_PARENT".equals(rs.getString(5))))
                .list();
    }
}
