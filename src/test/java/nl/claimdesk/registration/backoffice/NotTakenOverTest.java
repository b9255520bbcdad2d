package nl.claimdesk.registration.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.Unique;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.TestCampaigns;
import nl.claimdesk.campaign.internal.CampaignImporter;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.ClassClaimants;
import nl.claimdesk.shared.StaffRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A young adult invited 60 days ago or longer who has not taken the file over is on the case handlers' list. */
@IntegrationTest
class NotTakenOverTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CampaignImporter importer;

    @Autowired
    Clock clock;

    @Test
    void listsTheInvitationsOfSixtyDaysAndOlderThatWereNotAccepted() throws Exception {
        CampaignId campaign = importer.importDefinition(TestCampaigns.minimal(TestCampaigns.uniqueSlug("overname")));
        ClassClaimants claimants = new ClassClaimants(jdbc, campaign);
        UUID registration = claimants.registration("NL");
        String suffix = Unique.letters(8);
        OffsetDateTime now = OffsetDateTime.now(clock);
        invited(claimants.claimant(registration, "Oud" + suffix, adult(), 2019, 2020), now.minusDays(60));
        invited(claimants.claimant(registration, "Recent" + suffix, adult(), 2019, 2020), now.minusDays(59));
        UUID taken = claimants.claimant(registration, "Over" + suffix, adult(), 2019, 2020);
        invited(taken, now.minusDays(90));
        jdbc.sql("update claimant set status = 'HANDED_OVER' where id = ?")
                .param(taken)
                .update();
        StaffMember handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);

        Document page = Jsoup.parse(
                mvc.perform(get("/backoffice/participants/not-taken-over").with(TestStaff.as(handler)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        String list = page.select("table tbody").text();
        assertThat(list)
                .contains("Oud" + suffix)
                .doesNotContain("Recent" + suffix)
                .doesNotContain("Over" + suffix);
        assertThat(page.select("a[href=/backoffice/files/" + registration + "]"))
                .isNotEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'handovers.not-taken-over-listed'"
                                + " and actor_id = ?")
                        .param(handler.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private java.time.LocalDate adult() {
        return Ages.bornYearsAgo(clock, 18, 30).date();
    }

    private void invited(UUID claimant, OffsetDateTime at) {
        jdbc.sql("insert into handover_invitation (id, claimant_id, email, created_at) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), claimant, Unique.email("jong"), at)
                .update();
    }
}
