package nl.claimdesk.registration;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A browser without a browser: keeps cookies, sends the CSRF token of the last page it read with every form, and
 * does not follow redirects so tests can see them. For tests that go through the site over real HTTP.
 */
public final class SiteClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient RAW =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private @Nullable String csrf;
    private @Nullable String userAgent;

    public SiteClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends {@code value} as the User-Agent of every later request, as one particular browser would. */
    public SiteClient userAgent(String value) {
        this.userAgent = value;
        return this;
    }

    /** The value of the cookie {@code name} this client holds, if any. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Every cookie this client holds, as the value of a {@code Cookie} request header. */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The CSRF token of the last page read, as a form sends it. */
    public String csrf() {
        if (csrf == null) {
            throw new IllegalStateException("no page with a form was read yet");
        }
        return csrf;
    }

    /** The value a response sets for cookie {@code name}, if it sets one. */
    public static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .flatMap(header -> HttpCookie.parse(header).stream())
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** A page without the value of its CSRF field, which is masked differently in every response. */
    public static String withoutCsrf(String html) {
        return CSRF.matcher(html).replaceAll("name=\"_csrf\" value=\"\"");
    }

    /**
     * A page reduced to what must be the same for every visitor who typed an address: without the CSRF mask, and with
     * the typed {@code address} (in any letter case) replaced by {@code ADDRESS}.
     */
    public static String comparable(String html, String address) {
        return Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE)
                .matcher(withoutCsrf(html))
                .replaceAll("ADDRESS");
    }

    public HttpResponse<String> get(String path) {
        return remember(send(request(path).GET().build()));
    }

    /** A GET whose answer is kept as bytes, for a download such as a PDF. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts {@code fields} (name, value, name, value, ...) with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return remember(send(request));
    }

    /**
     * Sends {@code request} exactly as built, without any client's cookies or CSRF token, and without following a
     * redirect: for replaying what a browser sent.
     */
    public static HttpResponse<String> sendRaw(HttpRequest request) {
        return send(RAW, request);
    }

    /** Follows one redirect, if the response is one. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .map(location -> get(path(location)))
                .orElse(response);
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (userAgent != null) {
            builder.header("User-Agent", userAgent);
        }
        return builder;
    }

    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private String path(String location) {
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
