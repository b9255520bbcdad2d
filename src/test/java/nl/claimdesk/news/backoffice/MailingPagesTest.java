package nl.claimdesk.news.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.internet.MimeMessage;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.Participants;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
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
                .param("link", "javascript:alert(1)"));

        assertThat(page)
                .contains("Kies ten minste een groep ontvangers.")
                .contains("Kies ten minste een taal.")
                .contains("Vul een onderwerp in.")
                .contains("Vul een volledig https-adres in")
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

    private static String pathOf(String redirect) {
        int query = redirect.indexOf('?');
        return query < 0 ? redirect : redirect.substring(0, query);
    }
}
