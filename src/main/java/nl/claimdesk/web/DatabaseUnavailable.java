package nl.claimdesk.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database could not be reached or gave up for now (a connection that did not come in
 * time, a lost connection, a statement timeout, a deadlock): such a request is answered with a 503 page that asks to
 * try again in a moment ({@link DatabaseUnavailableFilter}), not a 500. See docs/adr/0029.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    /**
     * A commit or rollback that JDBC could not complete counts too: its connection is in doubt (the fault harness
     * found a commit lost with PostgreSQL's restart, then its rollback refused by the pool's closed connection, with
     * no SQL state), and whether the transaction committed is unknown, so the honest answer is "try again", which
     * the sign-up's idempotency key makes safe.
     */
    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException
                    || cause instanceof SQLException sql && isConnectionProblem(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Class 08 is "connection exception"; 57P01 to 57P03 are a server that is shutting down or starting. */
    private static boolean isConnectionProblem(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }
}
