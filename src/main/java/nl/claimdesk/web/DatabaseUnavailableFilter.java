package nl.claimdesk.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import nl.claimdesk.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request that failed because the database is away with a 503 page, "try again in a moment", in the
 * language of the address and with {@code Retry-After}, instead of a 500. It is the outermost filter and renders the
 * page itself: a failure can come from a filter (loading the session) as well as from a controller, and the error
 * page's own dispatch would run those filters, and so need the database, again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final TemplateEngine templates;
    private final PageFactory pages;

    DatabaseUnavailableFilter(TemplateEngine templates, PageFactory pages) {
        this.templates = templates;
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted() || !DatabaseUnavailable.causedBy(failure)) {
                throw failure;
            }
            // Neither the address (it may hold a token) nor the message (it may quote a statement's values) is logged.
            log.warn(
                    "Database unavailable, answered 503: {}", failure.getClass().getName());
            answer(LanguageArgumentResolver.languageOf(request.getRequestURI()), response);
        }
    }

    private void answer(Language language, HttpServletResponse response) throws IOException {
        Texts t = pages.texts(language);
        ErrorView view = new ErrorView(
                HttpStatus.SERVICE_UNAVAILABLE.value(),
                t.get("error.unavailable.title"),
                t.get("error.unavailable.explanation"),
                SitePaths.home(language));
        Page page = pages.page(language, view.heading(), SitePaths::home);
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render("web/error.jte", Map.of("page", page, "view", view), output);

        // The headers written so far (the security headers among them) stay; whatever body was begun goes.
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(output.getContentLength());
        // A failure inside the security filters leaves their headers unwritten; the page gets the strict ones anyway.
        setIfAbsent(response, "Content-Security-Policy", SiteSecurity.CONTENT_SECURITY_POLICY);
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Referrer-Policy", "no-referrer");
        output.writeTo(response.getOutputStream());
    }

    private static void setIfAbsent(HttpServletResponse response, String header, String value) {
        if (!response.containsHeader(header)) {
            response.setHeader(header, value);
        }
    }
}
