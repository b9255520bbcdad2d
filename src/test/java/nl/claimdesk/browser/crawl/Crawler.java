package nl.claimdesk.browser.crawl;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.claimdesk.browser.Axe;
import nl.claimdesk.registration.SiteClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One visitor's walk through the site: from each page it is given it follows every same-site link and GET form, sends
 * every other form empty to see its error state, and checks each distinct page once (status, Nu, axe-core). The
 * visitor's {@link SiteClient} holds the session, so what a visitor may see is what the crawler sees.
 */
final class Crawler {

    private static final Set<Integer> ERROR_STATE_STATUSES = Set.of(200, 400, 422);
    private static final int MAX_REDIRECTS = 5;

    private final String visitor;
    private final SiteClient client;
    private final RouteCatalogue routes;
    private final PageChecks checks;
    private final CrawlReport report;
    private final String base;
    private final Set<PageKey> seen;
    private final String scope;
    private final Deque<URI> queue = new ArrayDeque<>();

    Crawler(String visitor, SiteClient client, RouteCatalogue routes, PageChecks checks, CrawlReport report) {
        this(visitor, client, routes, checks, report, new HashSet<>(), "/");
    }

    private Crawler(
            String visitor,
            SiteClient client,
            RouteCatalogue routes,
            PageChecks checks,
            CrawlReport report,
            Set<PageKey> seen,
            String scope) {
        this.visitor = visitor;
        this.client = client;
        this.routes = routes;
        this.checks = checks;
        this.report = report;
        this.seen = seen;
        this.scope = scope;
        this.base = client.uri("/").toString().replaceAll("/$", "");
    }

    /** The same visitor in another browser (another session): pages already checked are not checked again. */
    Crawler in(SiteClient other) {
        return new Crawler(visitor, other, routes, checks, report, seen, scope);
    }

    /**
     * The same visitor following links only to addresses under {@code path}: staff follow the back office, not the
     * public site it links to, which looks the same to them as to the anonymous visitor who checks it.
     */
    Crawler within(String path) {
        return new Crawler(visitor, client, routes, checks, report, seen, path);
    }

    SiteClient client() {
        return client;
    }

    /** Checks the page at {@code path}, the error states of its forms, and every page reachable from it. */
    void crawl(String path) {
        queue.add(client.uri(path));
        while (!queue.isEmpty()) {
            visit(queue.poll());
        }
    }

    /** Asks for {@code path}, expecting {@code status} (an error page on purpose), and checks the page shown. */
    void expect(String path, int status) {
        URI address = client.uri(path);
        String route = routes.getRoute(address).orElse(address.getPath());
        PageKey key = new PageKey(route, RouteCatalogue.queryShape(address), "status " + status);
        expect(key, address, status, () -> client.get(path));
    }

    /** Sends a form to {@code path} with a CSRF token that is not the session's, and checks the refusal shown. */
    void expectStaleForm(String path) {
        URI address = client.uri(path);
        String route = routes.postRoute(address).orElse(address.getPath());
        PageKey key = new PageKey(route, "", "status 403, stale form");
        expect(key, address, 403, () -> client.post(path, "_csrf", "stale"));
    }

    private void expect(PageKey key, URI address, int status, Supplier<HttpResponse<String>> request) {
        if (!seen.add(key)) {
            return;
        }
        HttpResponse<String> response = request.get();
        if (response.statusCode() != status) {
            report.problem(visitor, key, "status " + response.statusCode() + ", expected " + status);
            return;
        }
        check(key, response.body(), address);
    }

    private void visit(URI address) {
        Optional<PageKey> key = routes.pageKey(address);
        if (key.isEmpty()) {
            HttpResponse<String> response = client.get(address.toString());
            if (isRedirect(response)) {
                queue.add(address.resolve(
                        response.headers().firstValue("Location").orElseThrow()));
            } else if (response.statusCode() != 200) {
                report.problem(visitor, address, "a link to no page: status " + response.statusCode());
            }
            return;
        }
        if (!seen.add(key.get())) {
            return;
        }
        HttpResponse<String> response = client.get(address.toString());
        for (int hops = 0; isRedirect(response) && hops < MAX_REDIRECTS; hops++) {
            report.reached(key.get().route());
            address = address.resolve(response.headers().firstValue("Location").orElseThrow());
            key = routes.pageKey(address);
            if (!address.toString().startsWith(base) || key.isEmpty() || !seen.add(key.get())) {
                return;
            }
            response = client.get(address.toString());
        }
        if (response.statusCode() != 200) {
            report.problem(visitor, key.get(), "status " + response.statusCode() + " for a followed link " + address);
            return;
        }
        report.reached(key.get().route());
        Document page = check(key.get(), response.body(), address);
        follow(page);
        for (FormElement form : page.forms()) {
            if (form.attr("method").equalsIgnoreCase("post")) {
                errorState(form, address);
            } else {
                queue.add(getFormAddress(form, address));
            }
        }
    }

    private void follow(Document page) {
        for (Element link : page.select("a[href]")) {
            String href = link.absUrl("href");
            if (!href.startsWith(base + "/")) {
                continue;
            }
            URI target = URI.create(href.replaceAll("#.*$", ""));
            if (!target.getPath().startsWith(scope)) {
                continue;
            }
            boolean notAPage = routes.getRoute(target)
                    .map(CrawlAllowList.NOT_PAGES::containsKey)
                    .orElse(false);
            if (!notAPage && !CrawlAllowList.NEVER_FOLLOWED.contains(target.getPath())) {
                queue.add(target);
            }
        }
    }

    /** The address a GET form leads to when sent as it stands: the page with its query parameters. */
    private URI getFormAddress(FormElement form, URI page) {
        String action = actionOf(form, page).toString();
        String query = form.formData().stream()
                .map(pair -> encode(pair.key()) + "=" + encode(pair.value()))
                .collect(Collectors.joining("&"));
        return URI.create(action.replaceAll("[?#].*$", "") + (query.isEmpty() ? "" : "?" + query));
    }

    /** Sends the form empty and checks the page that explains what is missing. */
    private void errorState(FormElement form, URI page) {
        URI action = actionOf(form, page);
        if (CrawlAllowList.NEVER_FOLLOWED.contains(action.getPath())) {
            return;
        }
        Optional<String> route = routes.postRoute(action);
        if (route.isEmpty()) {
            report.problem(visitor, action, "a form sends to no route");
            return;
        }
        Optional<String> reason = CrawlAllowList.notSubmitted(route.get());
        if (reason.isPresent()) {
            report.notSubmitted(route.get(), reason.get());
            return;
        }
        EmptySubmission empty = EmptySubmission.of(form);
        if (empty.fillable() == 0) {
            report.notSubmitted(route.get(), "no field to fill in");
            return;
        }
        PageKey key = new PageKey(route.get(), "", "error state");
        if (!seen.add(key)) {
            return;
        }
        HttpResponse<String> response = client.post(action.toString(), empty.asArray());
        if (isRedirect(response)) {
            // Post/redirect/get: a form on a page with several forms answers with that page, showing the refusal there.
            action = action.resolve(response.headers().firstValue("Location").orElseThrow());
            response = client.get(action.toString());
        }
        if (!ERROR_STATE_STATUSES.contains(response.statusCode())) {
            report.problem(
                    visitor,
                    key,
                    "status " + response.statusCode() + " for the empty form"
                            + response.headers()
                                    .firstValue("Location")
                                    .map(to -> " (to " + to + ")")
                                    .orElse(""));
            return;
        }
        Document shown = check(key, response.body(), action);
        if (shown.select(".error-summary, .field-error").isEmpty()) {
            report.problem(visitor, key, "the empty form shows no error message at " + action);
        }
    }

    private static URI actionOf(FormElement form, URI page) {
        String action = form.attr("action");
        return action.isEmpty() ? page : page.resolve(action);
    }

    private Document check(PageKey key, String html, URI address) {
        report.checked(visitor, key);
        PageChecks.Findings findings = checks.check(html);
        findings.htmlErrors().forEach(error -> report.problem(visitor, key, "Nu: " + error));
        findings.violations().forEach(violation -> report.problem(visitor, key, "axe: " + violation));
        for (Axe.Review review : findings.reviews()) {
            report.review(visitor, key, review.line());
            if (AxeReviews.mustPass(review)) {
                report.problem(visitor, key, "axe needs review: " + review.line());
            }
        }
        return Jsoup.parse(html, address.toString());
    }

    private static boolean isRedirect(HttpResponse<String> response) {
        return response.statusCode() / 100 == 3
                && response.headers().firstValue("Location").isPresent();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
