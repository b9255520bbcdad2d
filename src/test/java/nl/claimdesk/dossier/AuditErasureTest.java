package nl.claimdesk.dossier;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.backoffice.AuditTrail;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * Erasure on request also erases the personal values that corrections and staff reasons wrote into the audit log:
 * the entries stay (who did what to which file, when), their details become unreadable, and the name occurs nowhere
 * in the database any more.
 */
@ServerTest
class AuditErasureTest {

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private String last;
    private Dossier parent;
    private StaffMvc staff;
    private StaffMvc admin;

    @BeforeEach
    void participantWithCorrectionsInTheAuditLog() throws Exception {
        TestCampaign campaign = TestCampaign.create(context, "shred");
        last = Dossiers.uniqueLastName("Zwaluw");
        parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("wis"),
                child("Sem", last, Ages.childBornYearsAgo(clock, 14), 7));
        staff = new StaffMvc(context, TestStaff.create(jdbc, StaffRole.CASE_HANDLER));
        admin = new StaffMvc(context, TestStaff.create(jdbc, StaffRole.ADMIN));

        assertThat(parent.client()
                        .post(
                                parent.registrationPath() + "/details",
                                "firstName",
                                "Annemarie",
                                "lastName",
                                last,
                                "birthDay",
                                "3",
                                "birthMonth",
                                "4",
                                "birthYear",
                                "1984",
                                "country",
                                "NL",
                                "postcode",
                                "4321 BA")
                        .statusCode())
                .isEqualTo(302);
        assertThat(staff.send(post("/backoffice/files/" + parent.registration() + "/claimants/" + parent.claimant("Sem")
                                        + "/fraud")
                                .param("suspected", "yes")
                                .param("reason", "Mevrouw " + last + " belde: school kent Sem niet"))
                        .getStatus())
                .isEqualTo(302);
    }

    @Test
    void erasureLeavesTheEntriesButNotTheValuesInThem() throws Exception {
        assertThat(AuditTrail.details(context, Actor.Kind.PARTICIPANT, "registration.corrected", parent.registration()))
                .singleElement()
                .asString()
                .contains("Annemarie " + last, "4321 BA");
        assertThat(AuditTrail.details(context, Actor.Kind.STAFF, "fraud.marked", parent.claimant("Sem")))
                .singleElement()
                .asString()
                .contains("Mevrouw " + last);
        assertThat(PersonalDataCatalogue.whereFound(jdbc, last))
                .as("sealed in the audit log from the start")
                .doesNotContainKey("audit_entry");
        long entries = entriesAbout(parent.registration(), parent.claimant("Sem"));

        assertThat(parent.client().post("/dossier/erase").statusCode()).isEqualTo(200);

        assertThat(entriesAbout(parent.registration(), parent.claimant("Sem")))
                .as("every entry stays")
                .isEqualTo(entries + 1);
        assertThat(AuditTrail.details(context, Actor.Kind.PARTICIPANT, "registration.corrected", parent.registration()))
                .containsExactly(AuditTrail.ERASED);
        assertThat(AuditTrail.details(context, Actor.Kind.STAFF, "fraud.marked", parent.claimant("Sem")))
                .containsExactly(AuditTrail.ERASED);
        assertThat(jdbc.sql("select count(*) from audit_subject_key where subject_id in (?, ?, ?)")
                        .params(parent.registration(), parent.claimant("Sem"), parent.account())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(PersonalDataCatalogue.whereFound(jdbc, last))
                .as("where the family name still occurs")
                .isEmpty();
        assertThat(PersonalDataCatalogue.whereFound(jdbc, "Annemarie " + last)).isEmpty();
        assertThat(admin.page(get("/backoffice/audit")
                        .param("subjectId", parent.registration().toString())))
                .contains("registration.corrected", "registration.erased", "[gewist]")
                .doesNotContain(last);
    }

    private long entriesAbout(UUID... subjects) {
        return jdbc.sql("select count(*) from audit_entry where subject_id in (?, ?)")
                .params(List.of(subjects).stream().map(UUID::toString).toList())
                .query(Long.class)
                .single();
    }
}
