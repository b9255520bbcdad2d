package nl.claimdesk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import nl.claimdesk.shared.Language;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request whose database access failed because the database could not be reached, or gave up for now (a
 * connection that did not come in time, a lost connection, a statement timeout, a deadlock): the visitor gets a 503
 * page that asks to try again in a moment, with {@code Retry-After}, instead of a 500. See docs/adr/0029.
 */
final class DatabaseUnavailable {

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private DatabaseUnavailable() {}

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
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

    static ModelAndView page(PageFactory pages, Language language, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
        Texts t = pages.texts(language);
        ErrorView view = new ErrorView(
                HttpStatus.SERVICE_UNAVAILABLE.value(),
                t.get("error.unavailable.title"),
                t.get("error.unavailable.explanation"),
                SitePaths.home(language));
        Page page = pages.page(language, view.heading(), SitePaths::home);
        return Views.render("web/error", page, view, HttpStatus.SERVICE_UNAVAILABLE);
    }
}
