package nl.claimdesk.campaign.backoffice;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads the parameters of a multipart request before anything else does. When the servlet container refuses the body
 * as too large, it throws on every read of a parameter; left to the CSRF check, that would end the request with a bare
 * error page. Here the refused request goes on with only the parameters in its address (the upload form puts its CSRF
 * token there) and reaches the form's controller, which tells the editor the limit ({@link
 * DocumentEditorController}).
 */
final class OversizedUploadFilter extends OncePerRequestFilter {

    /** Set on a request whose body the container refused. */
    static final String REFUSED = OversizedUploadFilter.class.getName() + ".refused";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterNames();
        } catch (IllegalStateException refused) {
            request.setAttribute(REFUSED, Boolean.TRUE);
            chain.doFilter(new AddressParametersOnly(request, refused), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The refused request as the rest of the chain sees it: parameters from the address, no parts. */
    private static final class AddressParametersOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;
        private final IllegalStateException refused;

        AddressParametersOnly(HttpServletRequest request, IllegalStateException refused) {
            super(request);
            this.refused = refused;
            Map<String, String[]> parsed = new LinkedHashMap<>();
            UriComponentsBuilder.fromUriString("?" + Objects.requireNonNullElse(request.getQueryString(), ""))
                    .build()
                    .getQueryParams()
                    .forEach((name, values) -> parsed.put(
                            decode(name),
                            values.stream()
                                    .map(value -> decode(value == null ? "" : value))
                                    .toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(parsed);
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Collection<Part> getParts() {
            throw refused;
        }

        @Override
        public Part getPart(String name) {
            throw refused;
        }

        private static String decode(String value) {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        }
    }
}
