package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every back-office page that shows a participant's data leaves an audit entry naming who saw which file, from
 * which network: the duplicate-review queue (both files of each review on the page), a review's form, and each form
 * on a file — as the file page itself does.
 */
@ServerTest
class StaffReadsAuditTest {

    private static final UUID LOWEST = new UUID(0, 0);

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private StaffMember handler;
    private StaffMvc staff;
    private TestCampaign campaign;

    @BeforeEach
    void setUp() {
        handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        staff = new StaffMvc(context, handler);
        campaign = TestCampaign.create(context, "reads");
    }

    @Test
    void theQueueAndAReviewAreAuditedAsReadsOfBothFiles() throws Exception {
        String last = Dossiers.uniqueLastName("Bakker");
        Funnel.Child child = child("Mila", last, Ages.childBornYearsAgo(clock, 13), 7);
        Dossier earlier = Dossiers.confirmed(port, jdbc, campaign.slug(), Dossiers.uniqueEmail("moeder"), child);
        Dossier later = Dossiers.confirmed(port, jdbc, campaign.slug(), Dossiers.uniqueEmail("vader"), child);
        UUID review = jdbc.sql("select id from duplicate_review where claimant_id = ?")
                .param(later.claimant("Mila"))
                .query(UUID.class)
                .single();
        OffsetDateTime createdAt = jdbc.sql("select created_at from duplicate_review where id = ?")
                .param(review)
                .query(OffsetDateTime.class)
                .single();
        // Just before this review in the queue, whatever older reviews other tests left open.
        String before = createdAt.minus(1, ChronoUnit.MICROS).toInstant() + "~" + LOWEST;

        assertThat(staff.page(get("/backoffice/reviews").param("after", before).with(from("198.51.100.23"))))
                .contains("Mila " + last);

        assertThat(reads("duplicate-reviews.viewed", earlier.registration()))
                .singleElement()
                .isEqualTo(Map.of("actor", handler.id().toString(), "ip", "198.51.100.0", "details", ""));
        assertThat(reads("duplicate-reviews.viewed", later.registration())).hasSize(1);

        assertThat(staff.page(get("/backoffice/reviews/" + review))).contains("Mila " + last);

        for (Dossier side : List.of(earlier, later)) {
            assertThat(reads("duplicate-review.viewed", side.registration()))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.get("details")).contains(review.toString()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/details",
                "/claimants/{claimant}/edit",
                "/mail",
                "/withdraw",
                "/fraud",
                "/claimants/{claimant}/fraud"
            })
    void eachFormOnAFileIsAuditedAsARead(String form) throws Exception {
        String last = Dossiers.uniqueLastName("Visser");
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ouder"),
                child("Daan", last, Ages.childBornYearsAgo(clock, 11), 6));
        String path = form.replace("{claimant}", parent.claimant("Daan").toString());

        assertThat(staff.page(
                        get("/backoffice/files/" + parent.registration() + path).with(from("2001:db8:77:1::9"))))
                .contains(parent.reference());

        assertThat(reads("file.form-viewed", parent.registration()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("actor")).isEqualTo(handler.id().toString());
                    assertThat(entry.get("ip")).isEqualTo("2001:db8:77::");
                    assertThat(entry.get("details")).contains(path);
                });
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<Map<String, String>> reads(String action, UUID registration) {
        return jdbc.sql("""
                        select actor_id, ip, details from audit_entry
                        where action = ? and subject_type = 'registration' and subject_id = ? and actor_kind = 'STAFF'""")
                .params(action, registration.toString())
                .query((rs, row) -> Map.of(
                        "actor", rs.getString("actor_id"),
                        "ip", String.valueOf(rs.getString("ip")),
                        "details", rs.getString("details") == null ? "" : rs.getString("details")))
                .list();
    }
}
