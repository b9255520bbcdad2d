package nl.claimdesk.registration.participant;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.dossier.TestAgreements;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.Registrations;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The other parent's objection freezes a child's record: exactly correction, withdrawal, the agreement (and, through
 * {@link Registrations#frozen}, payout) are refused, to the parent and to staff, until a case handler resolves it.
 * From the child's 18th birthday the parent still sees the file but may no longer change, withdraw or sign for them.
 * Both hold for forged requests too (docs/adr/0048).
 */
@ServerTest
class ParentMayNotActTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Registrations registrations;

    TestCampaign campaign;
    String lastName;

    @BeforeEach
    void campaignWithAnAgreement() {
        campaign = TestCampaign.create(context, "freeze");
        TestAgreements.publish(context, campaign.id());
        lastName = Dossiers.uniqueLastName("Vast");
    }

    @Test
    void anObjectionFreezesExactlyTheListedActionsUntilItIsResolved() {
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ouder"),
                child("Mila", lastName, Ages.childBornYearsAgo(clock, 12), 7));
        UUID mila = parent.claimant("Mila");
        String agreementPage =
                parent.client().get(parent.claimantPath("Mila") + "/agreement").body();
        SiteClient staff = TestStaff.logIn(port, TestStaff.enrolled(jdbc, StaffRole.CASE_HANDLER));
        String file = "/backoffice/files/" + parent.registration();

        staff.get(file + "/claimants/" + mila + "/objection");
        assertThat(staff.post(
                                file + "/claimants/" + mila + "/objection",
                                "frozen",
                                "yes",
                                "reason",
                                "Brief van de vader met bezwaar")
                        .statusCode())
                .isEqualTo(302);
        assertThat(registrations.frozen(mila)).as("payout reads this").isTrue();

        assertRefused(parent.client().get(parent.claimantPath("Mila") + "/edit"), "frozen");
        assertRefused(
                parent.client().post(parent.claimantPath("Mila") + "/edit", "child-0-firstName", "Mia"), "frozen");
        assertRefused(parent.client().post(parent.claimantPath("Mila") + "/withdraw"), "frozen");
        assertRefused(parent.client().post(parent.registrationPath() + "/withdraw"), "frozen");
        assertRefused(parent.client().post(parent.claimantPath("Mila") + "/class", "answer", "3"), "frozen");
        assertRefused(TestAgreements.send(parent, "Mila", agreementPage, "Ouder " + lastName), "frozen");
        assertThat(parent.client().get("/dossier?done=frozen").body())
                .contains("de andere ouder heeft bezwaar gemaakt")
                .contains("Mila");
        assertThat(parent.client().get("/dossier/my-data").statusCode()).isEqualTo(200);

        staff.get(file + "/claimants/" + mila + "/edit");
        assertThat(staff.post(file + "/claimants/" + mila + "/edit", "child-0-firstName", "Mia", "reason", "typfout")
                        .body())
                .contains("Handel eerst het bezwaar af");
        staff.get(file + "/withdraw");
        assertThat(staff.post(
                                file + "/withdraw",
                                "who",
                                mila.toString(),
                                "channel",
                                "EMAIL",
                                "reference",
                                "Opzeggen overeenkomst TikTok",
                                "reason",
                                "mail")
                        .body())
                .contains("Handel eerst het bezwaar af");
        staff.get(file + "/claimants/" + mila + "/fraud");
        assertThat(staff.post(file + "/claimants/" + mila + "/fraud", "suspected", "yes", "reason", "controle")
                        .statusCode())
                .as("what the freeze does not name still works")
                .isEqualTo(302);
        assertThat(row(mila)).isEqualTo("Mila REGISTERED 0");

        staff.get(file + "/claimants/" + mila + "/objection");
        staff.post(file + "/claimants/" + mila + "/objection", "frozen", "no", "reason", "Ouders zijn het eens");
        assertThat(registrations.frozen(mila)).isFalse();
        HttpResponse<String> withdrawn = parent.client().post(parent.claimantPath("Mila") + "/withdraw");
        assertThat(withdrawn.headers().firstValue("Location").orElseThrow()).doesNotContain("done=");
        assertThat(row(mila)).startsWith("Mila WITHDRAWN");
        assertThat(jdbc.sql("select kind from registration_event where claimant_id = ? and kind like 'OBJECTION%'"
                                + " order by occurred_at")
                        .param(mila)
                        .query(String.class)
                        .list())
                .containsExactly("OBJECTION_RECORDED", "OBJECTION_RESOLVED");
    }

    @Test
    void fromTheEighteenthBirthdayTheParentSeesTheFileButNoLongerActsForTheClaimant() {
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ouder"),
                child("Jens", lastName, Ages.childBornYearsAgo(clock, 17), 10));
        UUID jens = parent.claimant("Jens");
        String agreementPage =
                parent.client().get(parent.claimantPath("Jens") + "/agreement").body();

        bornOn(jens, Ages.bornYearsAgo(clock, 18, -1).date());
        assertThat(parent.client().get(parent.claimantPath("Jens") + "/edit").statusCode())
                .as("the day before the 18th birthday the parent still acts")
                .isEqualTo(200);

        bornOn(jens, Ages.bornYearsAgo(clock, 18, 0).date());
        assertRefused(parent.client().get(parent.claimantPath("Jens") + "/edit"), "adult");
        assertRefused(parent.client().post(parent.claimantPath("Jens") + "/edit", "child-0-firstName", "Jan"), "adult");
        assertRefused(parent.client().post(parent.claimantPath("Jens") + "/withdraw"), "adult");
        assertRefused(parent.client().post(parent.registrationPath() + "/withdraw"), "adult");
        assertRefused(TestAgreements.send(parent, "Jens", agreementPage, "Ouder " + lastName), "adult");

        assertThat(parent.client().get("/dossier?done=adult").body())
                .contains("het kind is 18 jaar en beslist nu zelf")
                .contains("Jens");
        assertThat(row(jens)).isEqualTo("Jens REGISTERED 0");
    }

    private static void assertRefused(HttpResponse<String> response, String why) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .contains("/dossier?")
                .endsWith("&done=" + why);
    }

    private void bornOn(UUID claimant, LocalDate born) {
        jdbc.sql("update claimant set date_of_birth = ? where id = ?")
                .params(born, claimant)
                .update();
    }

    /** The first name, status and number of accepted agreements of the claimant. */
    private String row(UUID claimant) {
        return jdbc.sql("""
                        select c.first_name || ' ' || c.status || ' '
                            || (select count(*) from agreement_acceptance a where a.claimant_id = c.id)
                        from claimant c where c.id = ?""").param(claimant).query(String.class).single();
    }
}
