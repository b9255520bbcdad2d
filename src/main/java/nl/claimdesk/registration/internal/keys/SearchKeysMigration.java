package nl.claimdesk.registration.internal.keys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 11: the search keys of the back office's participant search, and their values for the rows that exist.
 * In Java, because the keys must be computed exactly as {@link SearchKeys} computes them on every write; SQL on H2
 * cannot strip accents. The indexes that only PostgreSQL can build are in {@code db/vendor/postgresql}.
 */
@Component
public class SearchKeysMigration extends KeysMigration {

    private static final int BATCH = 5_000;

    private static final String[] SCHEMA = {
        "alter table registration add column name_key varchar(210) default '' not null",
        "alter table registration add column last_name_key varchar(110) default '' not null",
        "alter table registration add column email varchar(320) default '' not null",
        "alter table registration add column email_key varchar(320) default '' not null",
        "alter table registration add column postcode_key varchar(12) default '' not null",
        "alter table claimant add column name_key varchar(210) default '' not null",
        "alter table claimant add column last_name_key varchar(110) default '' not null",
        // The registrant's address belongs to the account; a copy is kept here (updated on every change of the
        // account's address) so that search, sort and export need no other module's table.
        """
        update registration set email = (select a.email from account a where a.id = registration.account_id),
            email_key = (select a.email_normalised from account a where a.id = registration.account_id)""",
        "create index registration_newest on registration (created_at, id)",
        "create index registration_by_name on registration (last_name_key, name_key, id)"
    };

    public SearchKeysMigration() {
        super("11", "registration search keys");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
        }
        fillKeys(connection);
    }

    /** Computes the search keys of every registration and claimant from the data they hold. */
    public static void fillKeys(Connection connection) throws SQLException {
        fill(connection, "registration", "first_name, last_name, postcode", """
                update registration set name_key = ?, last_name_key = ?, postcode_key = ? where id = ?""");
        fill(connection, "claimant", "first_name, last_name", """
                update claimant set name_key = ?, last_name_key = ? where id = ?""");
    }

    /** Computes the keys of every row of {@code table}, in batches walking the primary key. */
    private static void fill(Connection connection, String table, String columns, String update) throws SQLException {
        boolean withPostcode = columns.contains("postcode");
        // The smallest id on both databases, which compare identifiers as unsigned bytes.
        UUID after = new UUID(0, 0);
        try (PreparedStatement read = connection.prepareStatement("select id, " + columns + " from " + table
                        + " where id > ? order by id fetch first " + BATCH + " rows only");
                PreparedStatement write = connection.prepareStatement(update)) {
            while (true) {
                read.setObject(1, after);
                int rows = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        after = rs.getObject("id", UUID.class);
                        String firstName = rs.getString("first_name");
                        String lastName = rs.getString("last_name");
                        write.setString(1, SearchKeys.fullName(firstName, lastName));
                        write.setString(2, SearchKeys.name(lastName));
                        int next = 3;
                        if (withPostcode) {
                            write.setString(next++, SearchKeys.postcode(rs.getString("postcode")));
                        }
                        write.setObject(next, after);
                        write.addBatch();
                    }
                }
                if (rows == 0) {
                    return;
                }
                write.executeBatch();
            }
        }
    }
}
