package nl.claimdesk.backoffice;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every back-office route, as the application maps it (so a route added later is walked too), requested by every
 * role, by an anonymous visitor and by a logged-in participant. Who may use what is written down here, apart from
 * the sections the code declares, so that a wrong declaration fails: a route this table does not cover fails too.
 */
@ServerTest
@AutoConfigureMockMvc
class BackofficeAccessTest {

    private static final Set<StaffRole> EVERYONE = EnumSet.allOf(StaffRole.class);
    private static final Set<StaffRole> CASE_WORK = EnumSet.of(StaffRole.ADMIN, StaffRole.CASE_HANDLER);

    /** Path prefix to the roles that may use it; the longest matching prefix decides. */
    private static final Map<String, Set<StaffRole>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("/backoffice", EVERYONE);
        EXPECTED.put("/backoffice/dashboard", EVERYONE);
        EXPECTED.put("/backoffice/participants", CASE_WORK);
        EXPECTED.put("/backoffice/files", CASE_WORK);
        EXPECTED.put("/backoffice/reviews", CASE_WORK);
        EXPECTED.put("/backoffice/content", EnumSet.of(StaffRole.ADMIN, StaffRole.EDITOR));
        EXPECTED.put("/backoffice/audit", EnumSet.of(StaffRole.ADMIN));
        EXPECTED.put("/backoffice/staff", EnumSet.of(StaffRole.ADMIN));
        EXPECTED.put("/backoffice/campaigns", EnumSet.of(StaffRole.ADMIN));
    }

    /** Open to anyone: the login itself. */
    private static final List<String> OPEN =
            List.of("/backoffice/login", "/backoffice/invitation", "/backoffice/logout");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private record Route(HttpMethod method, String pattern) {

        String path() {
            return pattern.replaceAll("\\{[^}]*(id|Id)}", UUID.randomUUID().toString())
                    .replaceAll("\\{[^}]+}", "x" + UUID.randomUUID().toString().substring(0, 8));
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @TestFactory
    List<DynamicTest> everyRouteAllowsExactlyTheRolesItShould() {
        Map<StaffRole, StaffMember> members = new LinkedHashMap<>();
        for (StaffRole role : StaffRole.values()) {
            members.put(role, TestStaff.create(jdbc, role));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : backofficeRoutes()) {
            if (OPEN.stream().anyMatch(route.pattern()::startsWith)) {
                continue;
            }
            Set<StaffRole> allowed = expected(route.pattern());
            for (StaffRole role : StaffRole.values()) {
                boolean may = allowed.contains(role);
                tests.add(dynamicTest(route + " as " + role + (may ? " is allowed" : " is refused"), () -> {
                    MockHttpServletResponse response =
                            send(route, builder -> builder.with(TestStaff.as(members.get(role))));
                    if (may) {
                        assertThat(response.getStatus())
                                .as(route + " as " + role)
                                .isNotIn(401, 403);
                        assertThat(response.getRedirectedUrl())
                                .as(route + " as " + role)
                                .isNotEqualTo("/backoffice/login");
                    } else {
                        assertThat(response.getStatus())
                                .as(route + " as " + role)
                                .isEqualTo(403);
                    }
                }));
            }
            tests.add(dynamicTest(route + " anonymously goes to the login", () -> {
                MockHttpServletResponse response = send(route, builder -> builder);
                assertThat(response.getRedirectedUrl()).isEqualTo("/backoffice/login");
            }));
            tests.add(dynamicTest(route + " as a participant is refused", () -> {
                MockHttpServletResponse response =
                        send(route, builder -> builder.with(user("participant").roles("PARTICIPANT")));
                assertThat(response.getStatus()).isEqualTo(403);
            }));
        }
        return tests;
    }

    @Test
    void everyBackofficeRouteIsCovered() {
        List<Route> routes = backofficeRoutes();
        assertThat(routes).extracting(Route::pattern).contains("/backoffice", "/backoffice/staff");
        for (Route route : routes) {
            if (OPEN.stream().noneMatch(route.pattern()::startsWith)) {
                assertThat(EXPECTED.keySet().stream().anyMatch(prefix -> covers(prefix, route.pattern())))
                        .as(route + ": say in this test who may use it")
                        .isTrue();
            }
        }
    }

    @Test
    void whatAViewerSeesHoldsNoPersonalData() throws Exception {
        // A participant with a child, so that there is personal data a careless page could show.
        String childFirstName = "Viewerkind" + UUID.randomUUID().toString().substring(0, 6);
        String campaign = TestCampaign.create(context, "viewer").slug();
        Dossiers.Dossier dossier = Dossiers.confirmed(
                port,
                jdbc,
                campaign,
                Dossiers.uniqueEmail("ouder"),
                child(childFirstName, Dossiers.uniqueLastName("Geheim"), "14-3-2012", "2019", ""));
        StaffMember viewer = TestStaff.create(jdbc, StaffRole.VIEWER);
        for (Route route : backofficeRoutes()) {
            if (route.method() != HttpMethod.GET
                    || !expected(route.pattern()).contains(StaffRole.VIEWER)
                    || route.pattern().contains("{")) {
                continue;
            }
            String page =
                    send(route, builder -> builder.with(TestStaff.as(viewer))).getContentAsString();
            assertThat(page)
                    .as(route.pattern())
                    .doesNotContain(childFirstName)
                    .doesNotContain(dossier.email())
                    .doesNotContain(dossier.reference())
                    .doesNotContain(LocalDate.of(2012, 3, 14).format(DateTimeFormatter.ofPattern("d-M-yyyy")))
                    .doesNotContain("14 maart 2012");
        }
    }

    private MockHttpServletResponse send(
            Route route, java.util.function.UnaryOperator<MockHttpServletRequestBuilder> as) throws Exception {
        MockHttpServletRequestBuilder builder = request(route.method(), route.path());
        if (route.method() != HttpMethod.GET) {
            builder = builder.with(csrf());
        }
        return mvc.perform(as.apply(builder)).andReturn().getResponse();
    }

    private static Set<StaffRole> expected(String pattern) {
        return EXPECTED.entrySet().stream()
                .filter(entry -> covers(entry.getKey(), pattern))
                .max(java.util.Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(Set.of());
    }

    private static boolean covers(String prefix, String pattern) {
        return pattern.equals(prefix) || pattern.startsWith(prefix + "/");
    }

    private List<Route> backofficeRoutes() {
        RequestMappingHandlerMapping mapping =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> found = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!covers("/backoffice", pattern)) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    found.add("GET " + pattern);
                    found.add("POST " + pattern);
                }
                methods.forEach(method -> found.add(method.name() + " " + pattern));
            }
        });
        return found.stream()
                .map(line -> new Route(
                        HttpMethod.valueOf(line.substring(0, line.indexOf(' '))),
                        line.substring(line.indexOf(' ') + 1)))
                .toList();
    }
}
