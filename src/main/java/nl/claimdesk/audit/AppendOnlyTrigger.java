package nl.claimdesk.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded database's guard for append-only tables (PostgreSQL uses a PL/pgSQL trigger, see
 * {@code db/vendor/postgresql}): any update or delete fails.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table = "";

    @Override
    public void init(
            Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only", "42501");
    }
}
