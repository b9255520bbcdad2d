package nl.claimdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is away, try again in a moment" (503) and which are a fault of ours (500). */
class DatabaseUnavailableCausesTest {

    static Stream<Arguments> failures() {
        SQLException timedOut = new SQLTransientConnectionException("Connection is not available, request timed out");
        return Stream.of(
                Arguments.of("no connection from the pool", new CannotGetJdbcConnectionException("", timedOut), true),
                Arguments.of(
                        "no connection for a transaction", new CannotCreateTransactionException("", timedOut), true),
                Arguments.of(
                        "wrapped by a filter", new ServletException(new IllegalStateException("", timedOut)), true),
                Arguments.of("statement timeout", new QueryTimeoutException("canceling statement"), true),
                Arguments.of("deadlock", new CannotAcquireLockException("deadlock detected"), true),
                Arguments.of(
                        "connection lost at commit",
                        new TransactionSystemException("", new SQLException("I/O error", "08006")),
                        true),
                Arguments.of(
                        "the rollback after a lost commit, on a connection the pool has closed",
                        new TransactionSystemException(
                                "JDBC rollback failed", new SQLException("Connection is closed")),
                        true),
                Arguments.of("server shutting down", new SQLException("terminating connection", "57P01"), true),
                Arguments.of("a unique key", new DataIntegrityViolationException("duplicate key"), false),
                Arguments.of(
                        "a mistake in SQL",
                        new BadSqlGrammarException("", "selec 1", new SQLException("syntax", "42601")),
                        false),
                Arguments.of("a duplicate row", new SQLException("duplicate key", "23505"), false),
                Arguments.of("a bug", new IllegalStateException("no such page"), false),
                Arguments.of("no SQL state at all", new SQLException("odd"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void answersUnavailableOnlyWhenTheDatabaseIsAway(String what, Throwable failure, boolean unavailable) {
        assertThat(DatabaseUnavailable.causedBy(failure)).isEqualTo(unavailable);
    }
}
