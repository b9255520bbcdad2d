package nl.claimdesk.news.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.campaign.CampaignTimeline;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.Participants;
import nl.claimdesk.news.Participants.Participant;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * A legal notice the editor chose to publish on the public site appears on the campaign's timeline, in both
 * languages, in the step that sends it (not when composed or approved); the content change is audited under the
 * sender, and the mail links to the published item.
 */
@IntegrationTest
class LegalNoticeOnTheSiteTest {

    private static final Map<Language, Mailing.Text> NOTICE = Map.of(
            Language.NL,
                    new Mailing.Text("Mededeling: uitspraak in de zaak", "De rechtbank heeft **uitspraak** gedaan."),
            Language.EN, new Mailing.Text("Notice: judgment in the case", "The court has given **judgment**."));

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mailings mailings;

    @Autowired
    MailingStore store;

    @Autowired
    CampaignTimeline timeline;

    @Autowired
    Clock clock;

    private TestCampaign campaign;
    private Participant reader;
    private StaffMember editor;

    @BeforeEach
    void aCampaignWithAParticipant() {
        campaign = TestCampaign.create(context, "mededeling");
        reader = new Participants(jdbc, campaign.id()).add("Lezer");
        editor = TestStaff.create(jdbc, StaffRole.EDITOR);
    }

    @Test
    void theNoticeIsPublishedOnTheTimelineWhenItIsSentAndTheMailLinksToIt() throws Exception {
        List<CampaignTimeline.Item> before = timeline.items(campaign.id());
        Mailing draft = store.find(mailings.compose(editor, null, notice(true))).orElseThrow();
        assertThat(mailings.approve(TestStaff.create(jdbc, StaffRole.ADMIN), null, draft))
                .isNull();
        assertThat(timeline.items(campaign.id()))
                .as("composed and approved, not yet sent")
                .isEqualTo(before);

        assertThat(mailings.send(editor, null, store.find(draft.id()).orElseThrow()))
                .isNull();

        Mailing sent = store.find(draft.id()).orElseThrow();
        List<CampaignTimeline.Item> published = new ArrayList<>(timeline.items(campaign.id()));
        published.removeAll(before);
        assertThat(published).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(sent.publishedItem()).isEqualTo(sent.timelineItem());
            assertThat(item.date()).isEqualTo(LocalDate.now(clock));
            assertThat(item.title()).isEqualTo("Mededeling: uitspraak in de zaak");
        });
        UUID item = sent.publishedItem();
        assertThat(jdbc.sql(
                                "select language || ': ' || title || ' / ' || body from timeline_item_text where item_id = ?")
                        .param(item)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        "nl: Mededeling: uitspraak in de zaak / De rechtbank heeft **uitspraak** gedaan.",
                        "en: Notice: judgment in the case / The court has given **judgment**.");
        assertThat(jdbc.sql("""
                        select actor_id from audit_entry
                        where action = 'content.changed' and subject_type = 'timeline_item' and subject_id = ?""").param(item.toString()).query(String.class).list())
                .as("the content change is the sender's")
                .containsExactly(editor.id().toString());
        assertThat(jdbc.sql("select details from audit_entry where action = 'news.sent' and subject_id = ?")
                        .param(sent.id().toString())
                        .query(String.class)
                        .single())
                .contains("published on the campaign's timeline as item " + item);

        assertThat(StaffMvc.of(context)
                        .perform(get("/en/" + campaign.slug() + "/timeline"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Notice: judgment in the case")
                .contains("id=\"item-" + item + "\"");
        assertThat(TestMailServer.text(TestMailServer.awaitMail(reader.email(), "Mededeling: uitspraak in de zaak")))
                .contains("/nl/" + campaign.slug() + "/tijdlijn#item-" + item);
    }

    @Test
    void aNoticeNotMarkedForTheSiteAndANewsUpdateLeaveTheTimelineAlone() {
        List<CampaignTimeline.Item> before = timeline.items(campaign.id());
        Mailing draft =
                store.find(mailings.compose(editor, null, notice(false))).orElseThrow();
        assertThat(mailings.send(editor, null, draft)).isNull();

        assertThat(timeline.items(campaign.id())).isEqualTo(before);
        assertThat(store.find(draft.id()).orElseThrow().publishedItem()).isNull();
        assertThatThrownBy(() ->
                        new Mailings.Draft(campaign.id(), MailingKind.NEWS_UPDATE, NOTICE, null, true, everyone()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Mailings.Draft notice(boolean publishOnSite) {
        return new Mailings.Draft(campaign.id(), MailingKind.LEGAL_NOTICE, NOTICE, null, publishOnSite, everyone());
    }

    private static Audience everyone() {
        return new Audience(EnumSet.allOf(RegistrationKind.class), false, EnumSet.allOf(Language.class));
    }
}
