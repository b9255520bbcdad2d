package nl.claimdesk.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.claimdesk.ServerTest;
import nl.claimdesk.backoffice.AccessMatrix.Expectation;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access matrix ({@link AccessMatrix}) against the running application: every route of the back office and of
 * Mijn dossier, as Spring MVC maps it, has exactly one entry, and every visitor (anonymous, a participant logged in
 * with their mailed link, a staff member of each role logged in with both factors) gets exactly the answer of the
 * table, over real HTTP, with the ids of real rows ({@link RouteData}). A refused form changes nothing in the
 * database; a page a viewer may open shows no personal data.
 */
@ServerTest
class BackofficeAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMappedRouteHasAnEntry() {
        Set<Route> mapped = MappedRoutes.below(context, AccessMatrix.SCOPE);
        assertThat(mapped)
                .as("the routes are read from the application")
                .contains(
                        Route.get("/backoffice"),
                        Route.post(AccessMatrix.STAFF_LOGIN),
                        Route.get("/backoffice/invitation/{token}"),
                        Route.post("/dossier/erase"));
        Set<Route> missing = new TreeSet<>(mapped);
        missing.removeAll(entryRoutes());
        assertThat(missing)
                .as("routes without an entry in AccessMatrix: say there who may use them")
                .isEmpty();
    }

    @Test
    void everyEntryIsAMappedRouteOnce() {
        Set<Route> stale = new TreeSet<>(entryRoutes());
        stale.removeAll(MappedRoutes.below(context, AccessMatrix.SCOPE));
        assertThat(stale)
                .as("entries in AccessMatrix for routes the application does not map")
                .isEmpty();
        assertThat(AccessMatrix.ENTRIES.stream()
                        .collect(Collectors.groupingBy(Expectation::route, Collectors.counting()))
                        .entrySet()
                        .stream()
                        .filter(count -> count.getValue() > 1)
                        .map(Map.Entry::getKey))
                .as("routes with more than one entry in AccessMatrix")
                .isEmpty();
    }

    @TestFactory
    List<DynamicNode> everyVisitorGetsExactlyTheAnswerOfTheMatrix() {
        assertThat(AccessMatrix.ENTRIES)
                .as("the matrix sends GET and POST only")
                .allMatch(entry -> Set.of(HttpMethod.GET, HttpMethod.POST)
                        .contains(entry.route().method()));
        RouteData data = RouteData.seed(port, context, jdbc);
        Map<Visitor, SiteClient> browsers = VisitorSessions.logIn(port, jdbc, data.participantEmail());
        List<DynamicNode> nodes = new ArrayList<>();
        // Pages first and the forms after them, as the forms may change what the pages show.
        for (Expectation entry : entries(HttpMethod.GET)) {
            nodes.add(dynamicContainer(
                    entry.route().toString(),
                    Visitor.all().stream().map(visitor -> request(data, browsers, entry, visitor))));
        }
        List<DynamicNode> viewer = new ArrayList<>();
        viewer.add(dynamicTest("a case handler sees the values on the file", () -> {
            String file = browsers.get(Visitor.staff(StaffRole.CASE_HANDLER))
                    .get(data.filePath())
                    .body();
            assertThat(file).contains(data.shownOnTheFile());
            assertThat(data.childBirthDate()).anyMatch(file::contains);
        }));
        entries(HttpMethod.GET).stream()
                .filter(entry -> entry.answerFor(Visitor.staff(StaffRole.VIEWER)) instanceof Answer.Page)
                .forEach(entry -> viewer.add(viewerSeesNoPersonalData(data, browsers, entry)));
        nodes.add(dynamicContainer("a viewer sees no personal data", viewer));
        for (Expectation entry : entries(HttpMethod.POST)) {
            // The visitors kept out go first, so that they find the rows as they were.
            List<Visitor> order = new ArrayList<>(Visitor.all());
            order.sort((a, b) -> Boolean.compare(!entry.keepsOut(a), !entry.keepsOut(b)));
            nodes.add(dynamicContainer(
                    entry.route().toString(), order.stream().map(visitor -> request(data, browsers, entry, visitor))));
        }
        return nodes;
    }

    private DynamicTest request(RouteData data, Map<Visitor, SiteClient> browsers, Expectation entry, Visitor visitor) {
        Answer answer = entry.answerFor(visitor);
        String path = data.path(entry.route());
        String what = entry.route().method() + " " + path + " as " + visitor;
        return dynamicTest(visitor + ": " + answer, () -> {
            SiteClient browser = browsers.get(visitor);
            if (entry.route().method() == HttpMethod.GET) {
                check(answer, browser.get(path), what);
                return;
            }
            Chain chain = Chain.of(entry.route());
            browser.get(chain.pageWithForm(visitor));
            boolean keptOut = entry.keepsOut(visitor);
            Map<String, Object> before = keptOut ? StoredState.of(jdbc, data.ids()) : Map.of();
            check(answer, browser.post(path), what);
            if (keptOut) {
                assertThat(StoredState.of(jdbc, data.ids()))
                        .as(what + " changed nothing")
                        .isEqualTo(before);
                // Refused for who the visitor is, not for a stale token: the same token passes the chain's open form.
                HttpResponse<String> open = browser.post(chain.openForm());
                Answer.handled().check(open.statusCode(), location(open), what + ", then the open " + chain.openForm());
            }
        });
    }

    private DynamicTest viewerSeesNoPersonalData(RouteData data, Map<Visitor, SiteClient> browsers, Expectation entry) {
        return dynamicTest(entry.route().toString(), () -> {
            HttpResponse<String> response =
                    browsers.get(Visitor.staff(StaffRole.VIEWER)).get(data.path(entry.route()));
            assertThat(response.statusCode()).isEqualTo(200);
            for (String value : data.personalData()) {
                assertThat(response.body())
                        .as(entry.route() + " as a viewer shows " + value)
                        .doesNotContainIgnoringCase(value);
            }
        });
    }

    private void check(Answer answer, HttpResponse<String> response, String what) {
        answer.check(response.statusCode(), location(response), what);
    }

    private @Nullable String location(HttpResponse<String> response) {
        String base = "http://localhost:" + port;
        return response.headers()
                .firstValue("Location")
                .map(location -> location.startsWith(base) ? location.substring(base.length()) : location)
                .orElse(null);
    }

    private static List<Expectation> entries(HttpMethod method) {
        return AccessMatrix.ENTRIES.stream()
                .filter(entry -> entry.route().method() == method)
                .toList();
    }

    private static Collection<Route> entryRoutes() {
        return AccessMatrix.ENTRIES.stream().map(Expectation::route).toList();
    }
}
