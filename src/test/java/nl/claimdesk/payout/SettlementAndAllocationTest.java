package nl.claimdesk.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.ServerTest;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.dossier.TestAgreements;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.internal.classification.ClassPublication;
import nl.claimdesk.shared.StaffRole;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * A settlement from entry to the expected amount in Mijn dossier: finance enters it (the fee from the campaign's
 * terms), a second person approves it (never the same one), the allocation is previewed and published to the cent,
 * and the participant sees what each eligible child can expect.
 */
@ServerTest
class SettlementAndAllocationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ClassPublication classes;

    @Autowired
    Clock clock;

    @Test
    void aSettlementIsEnteredApprovedByASecondPersonDividedAndShownToTheParent() throws Exception {
        TestCampaign campaign = TestCampaign.create(context, "payout");
        TestAgreements.publish(context, campaign.id());
        classes.publish(
                campaigns.bySlug(campaign.slug()).orElseThrow(),
                TestClassVersions.minorsAndAdultsInTheNetherlands(),
                Actor.system("test"),
                null);
        String lastName = Dossiers.uniqueLastName("Uitbetaling");
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ouder"),
                TestSettlements.inTheClassPeriod(clock, "Iris", lastName, 14),
                TestSettlements.inTheClassPeriod(clock, "Noor", lastName, 12),
                TestSettlements.inTheClassPeriod(clock, "Sem", lastName, 10));
        TestAgreements.accept(parent, "Iris", "Ouder " + lastName);
        TestAgreements.accept(parent, "Noor", "Ouder " + lastName);
        // Sem's agreement is not accepted: his participation is not complete, so he gets no share.

        StaffMember first = TestStaff.create(jdbc, StaffRole.FINANCE);
        StaffMember second = TestStaff.create(jdbc, StaffRole.FINANCE);
        StaffMvc entering = new StaffMvc(context, first);
        StaffMvc approving = new StaffMvc(context, second);

        MockHttpServletResponse entered = entering.send(settlementForm(campaign.slug(), "1.000,01"));
        assertThat(entered.getStatus()).as(entered.getContentAsString()).isEqualTo(302);
        String settlementPage = entered.getRedirectedUrl().replace("?done=entered", "");
        UUID settlement = UUID.fromString(settlementPage.substring(settlementPage.lastIndexOf('/') + 1));
        // 22 % of 1,000.01 is 220.0022, rounded down to 220.00; plus 50.00 costs is 270.00, above the 25 % cap of
        // 250.0025, rounded down to 250.00. The net is 750.01.
        assertThat(jdbc.sql("select fee_cents, net_cents from settlement where id = ?")
                        .param(settlement)
                        .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
                        .single())
                .containsExactly(250_00L, 750_01L);

        MockHttpServletResponse byTheSamePerson = entering.send(post(settlementPage + "/approve"));
        assertThat(byTheSamePerson.getStatus()).isEqualTo(422);
        assertThat(byTheSamePerson.getContentAsString()).contains("iemand anders moet hem goedkeuren");
        assertThatThrownBy(() -> jdbc.sql("update settlement set approved_by = entered_by where id = ?")
                        .param(settlement)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(entering.send(get(settlementPage + "/allocation")).getStatus())
                .isEqualTo(404);

        assertThat(approving.send(post(settlementPage + "/approve")).getStatus())
                .isEqualTo(302);
        assertThat(entering.page(get(settlementPage))).contains("Goedgekeurd");

        String preview = entering.page(allocationForm(settlementPage, "preview", ""));
        assertThat(Jsoup.parse(preview)
                        .select("#preview-title + table tbody tr")
                        .eachText())
                .containsExactly("ALL 2 € 375,00 – € 375,01 € 750,01");

        MockHttpServletResponse published = entering.send(allocationForm(settlementPage, "publish", ""));
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(302);
        assertThat(jdbc.sql("""
                        select sum(amount_cents) from allocation_share s join allocation a on a.id = s.allocation_id
                        where a.settlement_id = ?""").param(settlement).query(Long.class).single()).isEqualTo(750_01L);

        List<String> expected = Jsoup.parse(parent.client().get("/dossier").body())
                .select(".claimant__payout p:first-child")
                .eachText();
        assertThat(expected)
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).matches("Verwachte vergoeding: € 375,0[01]"));

        MockHttpServletResponse withoutReason = entering.send(allocationForm(settlementPage, "publish", ""));
        assertThat(withoutReason.getStatus()).isEqualTo(422);
        assertThat(withoutReason.getContentAsString()).contains("Geef aan waarom de verdeling verandert");
        // Noor goes to duplicate review: the next version leaves her out and gives Iris the whole net amount.
        jdbc.sql("update claimant set status = 'UNDER_REVIEW' where id = ?")
                .param(parent.claimant("Noor"))
                .update();
        assertThat(entering.send(allocationForm(settlementPage, "publish", "Noor wordt nagekeken"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql("""
                        select s.claimant_id, s.amount_cents from allocation_share s
                        join allocation a on a.id = s.allocation_id
                        where a.settlement_id = ? and a.version = 2""")
                        .param(settlement)
                        .query((rs, row) -> rs.getObject(1) + "=" + rs.getLong(2))
                        .list())
                .containsExactly(parent.claimant("Iris") + "=75001");
        assertThat(jdbc.sql("""
                        select version, superseded_at is null from allocation where settlement_id = ?
                        order by version""")
                        .param(settlement)
                        .query((rs, row) -> rs.getInt(1) + ":" + rs.getBoolean(2))
                        .list())
                .containsExactly("1:false", "2:true");
        assertThat(Jsoup.parse(parent.client().get("/dossier").body())
                        .select(".claimant__payout")
                        .eachText())
                .containsExactly(
                        "Verwachte vergoeding: € 750,01 Voordat die wordt betaald: Je geeft ons de bankrekening"
                                + " waarop we het betalen. De kantonrechter keurt de schikking voor minderjarigen goed."
                                + " Wij betalen het uit; de datum staat nog niet vast.");

        assertThat(jdbc.sql("select action from audit_entry where subject_id = ? order by occurred_at")
                        .param(settlement.toString())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "settlement.entered", "settlement.approved", "allocation.published", "allocation.published");
    }

    @Test
    void viewersSeeTheFiguresButNeitherTheSettlementsNorANameAndBadAmountsAreShownAgain() throws Exception {
        StaffMvc finance = new StaffMvc(context, TestStaff.create(jdbc, StaffRole.FINANCE));
        TestCampaign campaign = TestCampaign.create(context, "payoutview");

        MockHttpServletResponse refused = finance.send(settlementForm(campaign.slug(), "12,3456"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.getContentAsString()).select("#gross").attr("value"))
                .isEqualTo("12,3456");
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select("#gross-error")
                        .text())
                .contains("Vul een bedrag in euro in");

        String page = finance.send(settlementForm(campaign.slug(), "2.000")).getRedirectedUrl();
        UUID settlement = UUID.fromString(page.substring(page.lastIndexOf('/') + 1, page.indexOf('?')));

        StaffMvc viewer = new StaffMvc(context, TestStaff.create(jdbc, StaffRole.VIEWER));
        String report = Jsoup.parse(viewer.page(get("/backoffice/payout-reports/" + settlement)))
                .text()
                .replace('\u00a0', ' ');
        assertThat(report).contains("€ 2.000,00").contains("Nog geen verdeling gepubliceerd");
        MockHttpServletResponse csv = viewer.send(get("/backoffice/payout-reports/" + settlement + ".csv"));
        assertThat(csv.getContentAsString())
                .contains("gross_cents,200000\r\n")
                .contains("fee_cents,49000\r\n")
                .contains("net_cents,151000\r\n")
                .contains("paid_cents,0\r\n")
                .contains("unclaimed_cents,\r\n");
        assertThat(viewer.send(get("/backoffice/payout")).getStatus()).isEqualTo(403);
        assertThat(viewer.send(get(page)).getStatus()).isEqualTo(403);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder settlementForm(
            String slug, String gross) {
        return post("/backoffice/payout/settlements/new")
                .param("campaign", slug)
                .param("sourceKind", "SETTLEMENT")
                .param("sourceDate", "2026-01-15")
                .param("sourceReference", "Vaststellingsovereenkomst " + slug)
                .param("gross", gross)
                .param("costs", "50")
                .param("minorsNeedCourtApproval", "true")
                .param("minorAccountRule", "CHILD_OR_PARENT");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder allocationForm(
            String settlementPage, String action, String reason) {
        return post(settlementPage + "/allocation")
                .param("scheme", "EQUAL")
                .param("valueKind", "WEIGHTS")
                .param("minimum", "0")
                .param("reserve", "0")
                .param("reason", reason)
                .param("action", action);
    }
}
