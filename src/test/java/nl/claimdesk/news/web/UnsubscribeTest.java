package nl.claimdesk.news.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.MailPreferences;
import nl.claimdesk.news.Participants;
import nl.claimdesk.news.Participants.Participant;
import nl.claimdesk.news.internal.UnsubscribeTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The unsubscribe link of a news mail, without login: the page says what it does and has a button; the one-click POST
 * (RFC 8058, no CSRF token: the mail program sends it) turns news off, leaves the claim alone, and changes nothing
 * the second time; a token that is not ours is refused with a page that says so.
 */
@IntegrationTest
class UnsubscribeTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    MailPreferences preferences;

    private Participant reader;
    private String path;

    @BeforeEach
    void aParticipantWithTheLinkOfTheirMail() {
        TestCampaign campaign = TestCampaign.create(context, "afmelden");
        reader = new Participants(jdbc, campaign.id()).add("Lezer");
        path = "/nl/nieuws/afmelden/" + tokens.token(reader.account());
    }

    @Test
    void thePageSaysWhatUnsubscribingDoesAndOffersAButtonWithoutChangingAnything() throws Exception {
        MockHttpServletResponse page = mvc.perform(get(path)).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Uw aanmelding en uw claim blijven zoals ze zijn")
                .contains("<form method=\"post\" action=\"" + path + "\"");
        assertThat(preferences.wantsNews(reader.account())).isTrue();
    }

    @Test
    void theOneClickPostTurnsNewsOffWithoutLoginLeavesTheClaimAloneAndIsIdempotent() throws Exception {
        MockHttpServletResponse first = oneClick(path);
        MockHttpServletResponse second = oneClick(path);

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).contains("U bent afgemeld voor nieuwsberichten");
        assertThat(preferences.wantsNews(reader.account())).isFalse();
        assertThat(jdbc.sql("select count(*) from registration where id = ? and withdrawn_at is null")
                        .param(reader.registration())
                        .query(Long.class)
                        .single())
                .as("the registration is untouched")
                .isOne();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'news.unsubscribed' and subject_id = ?")
                        .param(reader.account().toString())
                        .query(Long.class)
                        .single())
                .as("recorded once, for the change")
                .isOne();
    }

    @Test
    void theEnglishLinkWorksTheSame() throws Exception {
        MockHttpServletResponse done = oneClick("/en/news/unsubscribe/" + tokens.token(reader.account()));

        assertThat(done.getContentAsString()).contains("You have unsubscribed from news updates");
        assertThat(preferences.wantsNews(reader.account())).isFalse();
    }

    @Test
    void aTokenThatIsNotOursIsRefusedWithAPageThatSaysSo() throws Exception {
        String forged = tokens.token(reader.account()).substring(0, 22) + "AAAAAAAAAAAAAAAAAAAAA";
        String otherAccount = tokens.token(UUID.randomUUID());
        String swapped = tokens.token(reader.account()).substring(0, 22) + otherAccount.substring(22);

        for (String token : new String[] {forged, swapped, "not-a-token"}) {
            MockHttpServletResponse refused = oneClick("/nl/nieuws/afmelden/" + token);
            assertThat(refused.getStatus()).as(token).isEqualTo(404);
            assertThat(refused.getContentAsString()).contains("Deze afmeldlink werkt niet");
        }
        assertThat(preferences.wantsNews(reader.account())).isTrue();
    }

    private MockHttpServletResponse oneClick(String to) throws Exception {
        return mvc.perform(post(to).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andReturn()
                .getResponse();
    }
}
