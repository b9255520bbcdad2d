package nl.claimdesk.registration.internal.keys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.shared.Ids;
import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Migration 21: the stored name keys folded as {@link NameFolding} folds them. Before it, a capital Ł stayed "ł" in
 * the search keys, and the identity keys kept ø, ł, đ, ß and ligatures, so "Łukasz" was not found by "lukasz" and
 * "Søren" registered by a second adult as "Soren" was counted twice. A child whose new identity key another child of
 * the campaign already holds goes to the duplicate review, as a new sign-up would: of the two, the one registered later.
 */
@Component
public class NameFoldingMigration extends KeysMigration {

    private static final String DUPLICATE = "SAME_NAME_AND_BIRTH_DATE";

    public NameFoldingMigration() {
        super("21", "name keys fold stroked letters and ligatures");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        refold(context.getConnection());
    }

    static void refold(Connection connection) throws SQLException {
        SearchKeysMigration.fillKeys(connection);
        for (Rekeyed claimant : changedIdentityKeys(connection)) {
            rekey(connection, claimant);
        }
    }

    private record Rekeyed(UUID claimant, UUID campaign, String key, boolean heldKey, OffsetDateTime created) {}

    private record Holder(UUID claimant, OffsetDateTime created) {}

    /** The claimants whose identity key the folding changes, oldest first, so the first registered keeps the key. */
    private static List<Rekeyed> changedIdentityKeys(Connection connection) throws SQLException {
        List<Rekeyed> changed = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement("""
                        select c.id, r.campaign_id, c.first_name, c.last_name, c.date_of_birth, c.identity_key,
                            exists (select 1 from claimant_identity i where i.claimant_id = c.id) as held_key, c.created_at
                        from claimant c join registration r on r.id = c.registration_id
                        where c.identity_key not like 'anonymised:%'
                        order by c.created_at, c.id""")) {
            read.setFetchSize(5_000);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String key = ClaimantIdentity.key(
                            rs.getString("first_name"),
                            rs.getString("last_name"),
                            rs.getObject("date_of_birth", LocalDate.class));
                    if (!key.equals(rs.getString("identity_key"))) {
                        changed.add(new Rekeyed(
                                rs.getObject("id", UUID.class),
                                rs.getObject("campaign_id", UUID.class),
                                key,
                                rs.getBoolean("held_key"),
                                rs.getObject("created_at", OffsetDateTime.class)));
                    }
                }
            }
        }
        return changed;
    }

    private static void rekey(Connection connection, Rekeyed claimant) throws SQLException {
        update(connection, "update claimant set identity_key = ? where id = ?", claimant.key(), claimant.claimant());
        if (!claimant.heldKey()) {
            return;
        }
        update(connection, "delete from claimant_identity where claimant_id = ?", claimant.claimant());
        Holder holder = holderOf(connection, claimant.campaign(), claimant.key());
        if (holder == null) {
            update(
                    connection,
                    "insert into claimant_identity (campaign_id, identity_key, claimant_id) values (?, ?, ?)",
                    claimant.campaign(),
                    claimant.key(),
                    claimant.claimant());
        } else if (holder.created().isAfter(claimant.created())) {
            // The child was registered first under the spelling the folding changed: the first keeps the key.
            update(
                    connection,
                    "update claimant_identity set claimant_id = ? where campaign_id = ? and identity_key = ?",
                    claimant.claimant(),
                    claimant.campaign(),
                    claimant.key());
            sendToReview(connection, holder.claimant(), claimant.claimant());
        } else {
            sendToReview(connection, claimant.claimant(), holder.claimant());
        }
    }

    private static void sendToReview(Connection connection, UUID claimant, UUID duplicateOf) throws SQLException {
        update(connection, "update claimant set status = 'UNDER_REVIEW' where id = ?", claimant);
        update(connection, """
                        insert into duplicate_review (id, claimant_id, duplicate_of, reason, created_at)
                        values (?, ?, ?, ?, ?)""", Ids.newId(), claimant, duplicateOf, DUPLICATE, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static @Nullable Holder holderOf(Connection connection, UUID campaign, String key) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("""
                select i.claimant_id, c.created_at from claimant_identity i join claimant c on c.id = i.claimant_id
                where i.campaign_id = ? and i.identity_key = ?""")) {
            read.setObject(1, campaign);
            read.setString(2, key);
            try (ResultSet rs = read.executeQuery()) {
                return rs.next()
                        ? new Holder(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class))
                        : null;
            }
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
