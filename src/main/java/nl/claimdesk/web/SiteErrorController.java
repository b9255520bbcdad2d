package nl.claimdesk.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import nl.claimdesk.shared.Language;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages in the site's own style and in the language of the address that failed. They never show a stack
 * trace or exception message: those go to the log only.
 */
@Controller
class SiteErrorController implements ErrorController {

    private final PageFactory pages;

    SiteErrorController(PageFactory pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Language language = LanguageArgumentResolver.languageOf(uri instanceof String path ? path : "/");
        String kind = kindOf(status);
        Texts t = pages.texts(language);
        Page page = pages.page(language, t.get("error." + kind + ".title"), SitePaths::home);
        ErrorView view = new ErrorView(
                status.value(),
                t.get("error." + kind + ".title"),
                t.get("error." + kind + ".explanation"),
                SitePaths.home(language));
        return Views.render("web/error", page, view, status);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String kindOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "notFound";
            case FORBIDDEN, UNAUTHORIZED -> "forbidden";
            case TOO_MANY_REQUESTS -> "tooMany";
            case GONE -> "gone";
            case SERVICE_UNAVAILABLE -> "unavailable";
            default -> status.is4xxClientError() ? "badRequest" : "server";
        };
    }
}
