package nl.claimdesk.news.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.CampaignTimeline;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.Participants;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The editor's pages: the compose form answers bad input next to the field and keeps what was typed; a composed
 * mailing is previewed in both languages with a sample recipient, can be tested at the editor's own address, shows
 * how many it reaches, and is sent from its page, which then shows its progress.
 */
@IntegrationTest
class MailingPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private TestCampaign campaign;
    private StaffMember editor;
    private StaffMvc staff;

    @BeforeEach
    void anEditorAndACampaign() {
        campaign = TestCampaign.create(context, "redactie");
        new Participants(jdbc, campaign.id()).add("Lezer");
        editor = TestStaff.create(jdbc, StaffRole.EDITOR);
        staff = new StaffMvc(context, editor);
    }

    @Test
    void badInputIsAnsweredNextToTheFieldAndWhatWasTypedIsKept() throws Exception {
        String page = staff.page(post("/backoffice/news/new")
                .param("campaign", campaign.slug())
                .param("kind", "NEWS_UPDATE")
                .param("subjectNl", "Uitspraak")
                .param("bodyNl", "De *rechter* heeft beslist.")
                .param("timelineItem", "javascript:alert(1)")
                .param("publishOnSite", "yes"));

        assertThat(page)
                .contains("Kies ten minste een groep ontvangers.")
                .contains("Kies ten minste een taal.")
                .contains("Vul een onderwerp in.")
                .contains("Kies een tijdlijnitem uit de lijst, of geen link.")
                .contains("Alleen een juridische mededeling wordt hier op de site gepubliceerd.")
                .contains("id=\"publishOnSite-yes\" name=\"publishOnSite\" value=\"yes\" checked")
                .contains("value=\"Uitspraak\"")
                .contains("De *rechter* heeft beslist.");
        assertThat(jdbc.sql("select count(*) from news_mailing where campaign_id = ?")
                        .param(campaign.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aComposedMailingIsPreviewedInBothLanguagesTestedAndSentFromItsPage() throws Exception {
        MockHttpServletResponse composed = staff.send(post("/backoffice/news/new")
                .param("campaign", campaign.slug())
                .param("kind", "NEWS_UPDATE")
                .param("audienceKinds", "CHILDREN", "SELF")
                .param("languages", "nl", "en")
                .param("subjectNl", "De uitspraak")
                .param("bodyNl", "De rechter heeft **beslist**.\n\n<script>alert(1)</script>")
                .param("subjectEn", "The ruling")
                .param("bodyEn", "The court has **ruled**."));
        assertThat(composed.getStatus()).isEqualTo(302);
        String mailingPage = composed.getRedirectedUrl();

        String page = staff.page(get(mailingPage));
        assertThat(page)
                .contains("Beste Sam,")
                .contains("Dear Sam,")
                .contains("<strong>beslist</strong>")
                .contains("<strong>ruled</strong>")
                .doesNotContain("<script>alert(1)</script>")
                .contains("Geen nieuwsberichten meer ontvangen")
                .contains("Nu versturen naar 1 ontvangers");

        assertThat(staff.send(post(pathOf(mailingPage) + "/test-en")).getStatus())
                .isEqualTo(302);
        MimeMessage test = TestMailServer.awaitMail(editor.email(), "The ruling");
        assertThat(TestMailServer.text(test)).contains("The court has **ruled**.");

        assertThat(staff.send(post(pathOf(mailingPage) + "/send")).getStatus()).isEqualTo(302);
        String sending = staff.page(get(mailingPage));
        assertThat(sending).contains("<progress id=\"mailing-progress-bar\"").contains("Ontvangers");
    }

    /**
     * The link is chosen from the timeline items, each named with its campaign; an item of another campaign is refused
     * next to the field, and the chosen item's address on the public timeline is in the mail.
     */
    @Test
    void theLinkIsATimelineItemOfTheMailingsOwnCampaignAndTheMailPointsAtIt() throws Exception {
        CampaignTimeline timeline = context.getBean(CampaignTimeline.class);
        UUID ruling = timeline.publish(
                campaign.id(),
                LocalDate.of(2026, 3, 2),
                texts("Uitspraak van de rechtbank"),
                Actor.staff(editor.id()),
                null);
        TestCampaign other = TestCampaign.create(context, "anders");
        UUID elsewhere = timeline.publish(
                other.id(), LocalDate.of(2026, 3, 3), texts("Zitting elders"), Actor.staff(editor.id()), null);

        String form = staff.page(get("/backoffice/news/new"));
        assertThat(form)
                .contains("<option value=\"\" selected>Geen link</option>")
                .contains("<option value=\"" + ruling + "\">" + campaign.name()
                        + " · 2026-03-02 · Uitspraak van de rechtbank</option>")
                .contains("<option value=\"" + elsewhere + "\">" + other.name()
                        + " · 2026-03-03 · Zitting elders</option>");

        String refused = staff.page(composeWith(elsewhere));
        assertThat(refused)
                .contains("Dit tijdlijnitem hoort niet bij de gekozen campagne.")
                .contains("<option value=\"" + elsewhere + "\" selected>");

        MockHttpServletResponse composed = staff.send(composeWith(ruling));
        assertThat(composed.getStatus()).isEqualTo(302);
        String link = "/nl/" + campaign.slug() + "/tijdlijn#item-" + ruling;
        assertThat(staff.page(get(composed.getRedirectedUrl())))
                .contains("Lees meer: <a href=\"")
                .contains(link + "\"");
        assertThat(staff.send(post(pathOf(composed.getRedirectedUrl()) + "/test-nl"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(TestMailServer.text(TestMailServer.awaitMail(editor.email(), "Zitting gepland")))
                .contains(link);
        assertThat(StaffMvc.of(context)
                        .perform(get("/nl/" + campaign.slug() + "/tijdlijn"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the public timeline has the anchor the link points at")
                .contains("id=\"item-" + ruling + "\"");
    }

    private MockHttpServletRequestBuilder composeWith(UUID timelineItem) {
        return post("/backoffice/news/new")
                .param("campaign", campaign.slug())
                .param("kind", "NEWS_UPDATE")
                .param("audienceKinds", "CHILDREN")
                .param("languages", "nl")
                .param("subjectNl", "Zitting gepland")
                .param("bodyNl", "De zitting is gepland.")
                .param("subjectEn", "Hearing scheduled")
                .param("bodyEn", "The hearing is scheduled.")
                .param("timelineItem", timelineItem.toString());
    }

    private static Map<Language, CampaignTimeline.Text> texts(String title) {
        return Map.of(
                Language.NL, new CampaignTimeline.Text(title, "Tekst."),
                Language.EN, new CampaignTimeline.Text(title, "Text."));
    }

    private static String pathOf(String redirect) {
        int query = redirect.indexOf('?');
        return query < 0 ? redirect : redirect.substring(0, query);
    }
}
