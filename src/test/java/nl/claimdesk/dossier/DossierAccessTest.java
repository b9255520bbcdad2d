package nl.claimdesk.dossier;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.payout.TestAllocations;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.SiteClient;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Participant A can never read or change participant B's data. Every route of Mijn dossier, as the application
 * maps it (so a route added later is tried too), is requested with A's session and B's registration and claimant
 * ids, GET and POST with A's CSRF token and a form that would succeed for B: each must be "not found" (or
 * forbidden), and B's rows in every table that holds personal data must be exactly as before. Anonymous requests are
 * sent to the login page.
 */
@ServerTest
class DossierAccessTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> KNOWN_VARIABLES = Set.of("registration", "claimant", "token");
    /** A link token that is not B's (B has none): a route that takes one must refuse it and leave B's data alone. */
    private static final String SOMEONE_ELSES_TOKEN = "x".repeat(43);

    /** Columns whose values change without anyone asking: delivery of mail already queued for B. */
    private static final String[] VOLATILE = {
        "outbox.pending",
        "outbox.next_attempt_at",
        "outbox.attempts",
        "outbox.sent_at",
        "outbox.failed_at",
        "outbox.last_error",
        "outbox.text_body",
        "outbox.html_body"
    };

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private record Route(String method, String pattern) {

        boolean addressesAFile() {
            return pattern.contains("{registration}") || pattern.contains("{claimant}");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @TestFactory
    List<DynamicTest> participantACanNeverReadOrChangeParticipantBsData() {
        TestCampaign campaign = TestCampaign.create(context, "access");
        TestAgreements.publish(context, campaign.id());
        String lastB = Dossiers.uniqueLastName("Bos");
        Dossier b = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("b"),
                child("Sem", lastB, Ages.childBornYearsAgo(clock, 14), 7),
                child("Lotte", lastB, Ages.childBornYearsAgo(clock, 12), 6));
        acceptAgreement(b, "Sem");
        TestMailServer.awaitMail(b.email(), "is compleet");
        // Lotte came of age (as the daily job would mark her), so that a hand-over of her would go through too.
        jdbc.sql("update claimant set came_of_age_on = ? where id = ?")
                .params(LocalDate.now(clock), b.claimant("Lotte"))
                .update();
        // B's children are owed a share of a published allocation, so that B's bank-details pages open for B.
        TestAllocations.publish(jdbc, b, 10_00, true, "CHILD_OR_PARENT", false);
        String lastA = Dossiers.uniqueLastName("Meijer");
        Dossier a = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("a"),
                child("Daan", lastA, Ages.childBornYearsAgo(clock, 13), 7));
        String ownPage = a.client().get(a.claimantPath("Daan") + "/agreement").body();
        String[] form = wouldSucceedForB(
                hidden(ownPage, "version"), hidden(ownPage, "fingerprint"), Ages.childBornYearsAgo(clock, 13));

        List<Route> routes = dossierRoutes();
        assertThat(routes)
                .as("the routes of Mijn dossier, as mapped")
                .contains(
                        new Route("GET", "/dossier"),
                        new Route("GET", "/dossier/registrations/{registration}/agreement.pdf"),
                        new Route("POST", "/dossier/registrations/{registration}/claimants/{claimant}/agreement"),
                        new Route("POST", "/dossier/registrations/{registration}/claimants/{claimant}/withdraw"),
                        new Route("POST", "/dossier/registrations/{registration}/claimants/{claimant}/handover"),
                        new Route("POST", "/dossier/registrations/{registration}/withdraw"),
                        new Route("POST", "/dossier/erase"));

        List<DynamicTest> tests = new ArrayList<>();
        List<Route> fileRoutes = routes.stream().filter(Route::addressesAFile).toList();
        for (Route route : fileRoutes) {
            if (route.method().equals("GET")) {
                tests.add(dynamicTest("B reaches " + route + " for B's own file", () -> {
                    HttpResponse<String> own = b.client().get(path(route, b.registration(), b.claimant("Lotte")));
                    assertThat(own.statusCode())
                            .as("B's own request: the route works, so A's refusal below means something")
                            .isEqualTo(200);
                }));
            }
        }
        Map<String, List<String>> before = rowsOf(b);
        tests.add(dynamicTest(
                "B's data is there to protect",
                () -> assertThat(before)
                        .containsKeys(
                                "account", "registration", "claimant", "registration_event", "agreement_acceptance")));

        Map<String, UUID[]> variants = new LinkedHashMap<>();
        variants.put("B's registration, B's claimant", new UUID[] {b.registration(), b.claimant("Lotte")});
        variants.put("B's registration, B's accepted claimant", new UUID[] {b.registration(), b.claimant("Sem")});
        variants.put("A's own registration, B's claimant", new UUID[] {a.registration(), b.claimant("Lotte")});
        variants.put("B's registration, A's own claimant", new UUID[] {b.registration(), a.claimant("Daan")});
        for (Route route : fileRoutes) {
            for (Map.Entry<String, UUID[]> variant : variants.entrySet()) {
                if (!route.pattern().contains("{claimant}")
                        && !variant.getKey().startsWith("B's registration, B's claimant")) {
                    continue;
                }
                String path = path(route, variant.getValue()[0], variant.getValue()[1]);
                tests.add(dynamicTest("A: " + route + " with " + variant.getKey(), () -> {
                    HttpResponse<String> response = route.method().equals("GET")
                            ? a.client().get(path)
                            : a.client().post(path, form);
                    assertThat(response.statusCode())
                            .as(route + " as A, " + variant.getKey() + ": " + path)
                            .isIn(403, 404);
                    assertThat(response.body()).doesNotContain(lastB).doesNotContain(b.email());
                }));
            }
        }
        for (Route route : routes) {
            if (route.addressesAFile() || route.equals(new Route("POST", "/dossier/erase"))) {
                continue;
            }
            // A link's token is its own key: one that is not A's shows the "link does not work" page.
            String path = route.pattern().replace("{token}", SOMEONE_ELSES_TOKEN);
            tests.add(dynamicTest("A: " + route + " shows nothing of B", () -> {
                HttpResponse<String> response = route.method().equals("GET")
                        ? a.client().get(path)
                        : a.client().post(path, form);
                assertThat(response.statusCode()).as(route.toString()).isLessThan(400);
                assertThat(response.body())
                        .doesNotContain(lastB)
                        .doesNotContain(b.email())
                        .doesNotContain(b.reference())
                        .doesNotContain(b.registration().toString());
            }));
        }
        tests.add(dynamicTest(
                "B's data is unchanged after everything A tried",
                () -> assertThat(rowsOf(b)).isEqualTo(before)));
        tests.add(dynamicTest("A erasing their own data leaves B's alone", () -> {
            assertThat(a.client().post("/dossier/erase").statusCode()).isEqualTo(200);
            assertThat(jdbc.sql("select count(*) from account where id = ?")
                            .param(a.account())
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(rowsOf(b)).isEqualTo(before);
        }));
        for (Route route : routes) {
            String path = path(route, b.registration(), b.claimant("Lotte"));
            tests.add(dynamicTest("anonymous: " + route + " goes to the login page", () -> {
                SiteClient anonymous = new SiteClient(port);
                anonymous.get("/nl/inloggen");
                HttpResponse<String> response =
                        route.method().equals("GET") ? anonymous.get(path) : anonymous.post(path, form);
                assertThat(response.statusCode())
                        .as(route + " without logging in")
                        .isEqualTo(302);
                assertThat(response.headers().firstValue("Location").orElseThrow())
                        .endsWith("/nl/inloggen");
            }));
        }
        tests.add(dynamicTest(
                "B's data is unchanged after the anonymous requests",
                () -> assertThat(rowsOf(b)).isEqualTo(before)));
        return tests;
    }

    /** Every route the application maps under /dossier, with each HTTP method it takes. */
    private List<Route> dossierRoutes() {
        RequestMappingHandlerMapping mapping =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> found = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.equals("/dossier") && !pattern.startsWith("/dossier/")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    found.add("GET " + pattern);
                    found.add("POST " + pattern);
                }
                for (RequestMethod method : methods) {
                    assertThat(method.name())
                            .as(pattern + " takes a method this test cannot send yet: extend it")
                            .isIn("GET", "POST");
                    found.add(method.name() + " " + pattern);
                }
                Matcher variable = VARIABLE.matcher(pattern);
                while (variable.find()) {
                    assertThat(variable.group(1))
                            .as(pattern + " names something new: decide whose it is and extend the test")
                            .isIn(KNOWN_VARIABLES);
                }
            }
        });
        return found.stream()
                .map(route ->
                        new Route(route.substring(0, route.indexOf(' ')), route.substring(route.indexOf(' ') + 1)))
                .toList();
    }

    private static String path(Route route, UUID registration, UUID claimant) {
        return route.pattern()
                .replace("{registration}", registration.toString())
                .replace("{claimant}", claimant.toString())
                .replace("{token}", SOMEONE_ELSES_TOKEN);
    }

    /** A form that every dossier action would accept if it were B's own: signed, declared, valid. */
    private static String[] wouldSucceedForB(String version, String fingerprint, Ages.Birth child) {
        return new String[] {
            "version", version,
            "fingerprint", fingerprint,
            "accept", "yes",
            "authority", "yes",
            "signer", "Mallory Meijer",
            "reason", "",
            "email", Dossiers.uniqueEmail("mallory"),
            "privacy", "yes",
            "news", "yes",
            "firstName", "Mallory",
            "lastName", "Meijer",
            "birthDay", "3",
            "birthMonth", "4",
            "birthYear", "1985",
            "postcode", "9999 ZZ",
            "country", "NL",
            "child-0-firstName", "Mallory",
            "child-0-authority", "PARENT",
            "child-0-lastName", "Junior",
            "child-0-birthDay", child.day(),
            "child-0-birthMonth", child.month(),
            "child-0-birthYear", child.year(),
            "child-0-startYear", child.yearAtAge(7),
            "child-0-stillUsing", "yes",
            "child-0-endYear", ""
        };
    }

    private Map<String, List<String>> rowsOf(Dossier dossier) {
        List<UUID> ids = new ArrayList<>();
        ids.add(dossier.account());
        ids.add(dossier.registration());
        ids.addAll(dossier.claimants().values());
        Map<String, List<String>> rows = new java.util.TreeMap<>(
                PersonalDataCatalogue.rowsReferring(jdbc, ids, List.of(dossier.email()), VOLATILE));
        rows.remove("spring_session");
        return rows;
    }

    private void acceptAgreement(Dossier dossier, String firstName) {
        TestAgreements.accept(dossier, firstName, "Anna Bos");
    }

    private static String hidden(String page, String name) {
        Matcher matcher =
                Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as(name + " in the page").isTrue();
        return matcher.group(1);
    }
}
