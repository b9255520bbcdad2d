package nl.claimdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.claimdesk.infrastructure.SecurityEvent;
import nl.claimdesk.infrastructure.TooManyRequests;
import nl.claimdesk.shared.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Turns a {@link TooManyRequests} into a 429 page with {@code Retry-After}, in the language of the address. */
@ControllerAdvice
class TooManyRequestsAdvice {

    private final PageFactory pages;

    TooManyRequestsAdvice(PageFactory pages) {
        this.pages = pages;
    }

    @ExceptionHandler(TooManyRequests.class)
    ModelAndView tooMany(TooManyRequests refused, HttpServletRequest request, HttpServletResponse response) {
        SecurityEvent.RATE_LIMIT_REFUSED.log("limit", refused.limit());
        long seconds = Math.max(1, refused.retryAfter().toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Language language = LanguageArgumentResolver.languageOf(request.getRequestURI());
        Texts t = pages.texts(language);
        long minutes = Math.max(1, (seconds + 59) / 60);
        ErrorView view = new ErrorView(
                429, t.get("error.tooMany.title"), t.get("error.tooMany.retry", minutes), SitePaths.home(language));
        Page page = pages.page(language, view.heading(), SitePaths::home);
        return Views.render("web/error", page, view, HttpStatus.TOO_MANY_REQUESTS);
    }
}
