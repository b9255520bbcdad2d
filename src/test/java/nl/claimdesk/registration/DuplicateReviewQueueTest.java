package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.audit.backoffice.AuditTrail;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * The queue of duplicate-child reviews and resolving them: oldest first, a page at a time by position; "same child"
 * links the later claimant to the earlier one without counting it again, "different children" clears the flag;
 * either way the review leaves the queue and both files show the outcome.
 */
@ServerTest
class DuplicateReviewQueueTest {

    private static final UUID LOWEST = new UUID(0, 0);

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private StaffMvc staff;
    private StaffMember handler;
    private TestCampaign campaign;

    @BeforeEach
    void setUp() {
        handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        staff = new StaffMvc(context, handler);
        campaign = TestCampaign.create(context, "review");
    }

    @Test
    void theQueueShowsOpenReviewsOldestFirstAPageAtATime() throws Exception {
        Pair first = pair("Emma");
        Pair second = pair("Noor");

        String page = staff.page(get("/backoffice/reviews").param("after", cursorJustBefore(first)));
        assertThat(page)
                .contains(first.name(), second.name(), "Zelfde naam en geboortedatum in dezelfde claim.")
                .contains("/backoffice/files/" + first.earlier().registration())
                .contains("/backoffice/files/" + first.later().registration())
                .contains("/backoffice/reviews/" + first.review());
        assertThat(page.indexOf(first.name())).as("oldest first").isLessThan(page.indexOf(second.name()));
        assertThat(page.indexOf(first.later().reference()))
                .as("the later registration beside the earlier one")
                .isLessThan(page.indexOf(first.earlier().reference()));

        String next = staff.page(get("/backoffice/reviews").param("after", cursorOf(first)));
        assertThat(next).contains(second.name()).doesNotContain(first.name());

        assertThat(staff.page(get("/backoffice/reviews").param("after", "not-a-position")))
                .as("a hand-made position starts at the beginning")
                .contains("Open beoordelingen");
    }

    @Test
    void theSameChildIsLinkedAndLeavesTheQueue() throws Exception {
        Pair pair = pair("Sara");
        String form = staff.page(get("/backoffice/reviews/" + pair.review()));
        assertThat(form)
                .contains(pair.name(), pair.earlier().reference(), pair.later().reference());

        MockHttpServletResponse refused = staff.send(post("/backoffice/reviews/" + pair.review())
                .param("resolution", "")
                .param("reason", ""));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("Kies of het hetzelfde kind is of twee verschillende kinderen", "Vul de reden in");
        MockHttpServletResponse noReason = staff.send(post("/backoffice/reviews/" + pair.review())
                .param("resolution", "SAME_CHILD")
                .param("reason", ""));
        assertThat(noReason.getContentAsString()).contains("value=\"SAME_CHILD\" checked", "Vul de reden in");
        assertThat(status(pair.later().claimant("Sara"))).isEqualTo("UNDER_REVIEW");

        MockHttpServletResponse done = staff.send(post("/backoffice/reviews/" + pair.review())
                .param("resolution", "SAME_CHILD")
                .param("reason", "Beide ouders gebeld: zelfde kind, ouders gescheiden"));
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo("/backoffice/reviews?done=resolved");
        assertThat(staff.page(get(done.getRedirectedUrl()))).contains("De beoordeling is opgeslagen");

        assertThat(status(pair.later().claimant("Sara"))).isEqualTo("DUPLICATE");
        assertThat(ClaimantStatus.DUPLICATE.counts())
                .as("kept, but not counted twice")
                .isFalse();
        assertThat(status(pair.earlier().claimant("Sara"))).isEqualTo("REGISTERED");
        Map<String, Object> review = jdbc.sql(
                        "select resolution, resolved_by, resolved_at from duplicate_review where id = ?")
                .param(pair.review())
                .query()
                .singleRow();
        assertThat(review)
                .containsEntry("resolution", "SAME_CHILD")
                .containsEntry("resolved_by", handler.id().toString());
        assertThat(staff.page(get("/backoffice/reviews").param("after", cursorJustBefore(pair))))
                .doesNotContain(pair.name());
        assertThat(staff.send(get("/backoffice/reviews/" + pair.review())).getStatus())
                .as("a resolved review is no longer in the queue")
                .isEqualTo(404);
        assertThat(AuditTrail.details(
                        context, null, "duplicate-review.resolved", pair.later().claimant("Sara")))
                .singleElement()
                .asString()
                .contains("\"before\":{\"status\":\"UNDER_REVIEW\",\"review\":\"OPEN\"}")
                .contains("\"status\":\"DUPLICATE\"", "\"review\":\"SAME_CHILD\"")
                .contains("\"duplicateOf\":\"" + pair.earlier().claimant("Sara") + "\"")
                .contains("\"reason\":\"Beide ouders gebeld: zelfde kind, ouders gescheiden\"");

        String laterFile = staff.page(get("/backoffice/files/" + pair.later().registration()));
        assertThat(laterFile)
                .contains("Dubbel, gekoppeld aan eerdere aanmelding", "hetzelfde kind, gekoppeld")
                .contains("/backoffice/files/" + pair.earlier().registration());
        String earlierFile =
                staff.page(get("/backoffice/files/" + pair.earlier().registration()));
        assertThat(earlierFile)
                .contains(
                        "hetzelfde kind, gekoppeld",
                        "/backoffice/files/" + pair.later().registration());
        assertThat(pair.later().client().get("/dossier").body()).contains("Dubbel aangemeld");
    }

    @Test
    void differentChildrenClearTheFlag() throws Exception {
        Pair pair = pair("Fenna");
        MockHttpServletResponse done = staff.send(post("/backoffice/reviews/" + pair.review())
                .param("resolution", "DIFFERENT_CHILDREN")
                .param("reason", "Andere school, andere ouders: naamgenoten"));
        assertThat(done.getStatus()).isEqualTo(302);

        assertThat(status(pair.later().claimant("Fenna"))).isEqualTo("REGISTERED");
        assertThat(jdbc.sql("select resolution from duplicate_review where id = ?")
                        .param(pair.review())
                        .query(String.class)
                        .single())
                .isEqualTo("DIFFERENT_CHILDREN");
        assertThat(staff.page(get("/backoffice/files/" + pair.later().registration())))
                .contains("verschillende kinderen")
                .doesNotContain("Dubbel, in beoordeling");
        assertThat(pair.later().client().get("/dossier").body()).doesNotContain("In behandeling");
    }

    /** The same child signed up by two parents; the second sign-up goes to review. */
    private Pair pair(String firstName) {
        String last = Dossiers.uniqueLastName("de Wit");
        Funnel.Child child = child(firstName, last, Ages.childBornYearsAgo(clock, 13), 7);
        Dossier earlier = Dossiers.confirmed(port, jdbc, campaign.slug(), Dossiers.uniqueEmail("moeder"), child);
        Dossier later = Dossiers.confirmed(port, jdbc, campaign.slug(), Dossiers.uniqueEmail("vader"), child);
        UUID review = jdbc.sql("select id from duplicate_review where claimant_id = ?")
                .param(later.claimant(firstName))
                .query(UUID.class)
                .single();
        OffsetDateTime createdAt = jdbc.sql("select created_at from duplicate_review where id = ?")
                .param(review)
                .query(OffsetDateTime.class)
                .single();
        return new Pair(firstName + " " + last, review, createdAt, earlier, later);
    }

    private record Pair(String name, UUID review, OffsetDateTime createdAt, Dossier earlier, Dossier later) {}

    /** A position in the queue just before the pair's review, whatever older reviews other tests left open. */
    private static String cursorJustBefore(Pair pair) {
        return pair.createdAt().minus(1, ChronoUnit.MICROS).toInstant() + "~" + LOWEST;
    }

    private static String cursorOf(Pair pair) {
        return pair.createdAt().toInstant() + "~" + pair.review();
    }

    private String status(UUID claimant) {
        return jdbc.sql("select status from claimant where id = ?")
                .param(claimant)
                .query(String.class)
                .single();
    }
}
