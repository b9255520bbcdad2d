package nl.claimdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a database that is away into the 503 page for requests that fail in a controller; {@link SiteErrorController}
 * does the same for those that fail before one, e.g. while loading the session.
 */
@ControllerAdvice
class DatabaseUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    private final PageFactory pages;

    DatabaseUnavailableAdvice(PageFactory pages) {
        this.pages = pages;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView unavailable(Exception failure, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (!DatabaseUnavailable.causedBy(failure)) {
            throw failure;
        }
        // Neither the address (it may hold a token) nor the message (it may quote a statement's values) is logged.
        log.warn("Database unavailable, answered 503: {}", failure.getClass().getName());
        return DatabaseUnavailable.page(pages, LanguageArgumentResolver.languageOf(request.getRequestURI()), response);
    }
}
