package nl.claimdesk.news.participant;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.TestMailings;
import nl.claimdesk.news.internal.MailingStore;
import nl.claimdesk.news.internal.Mailings;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.shared.StaffRole;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * What stays of a mailing once sent: Mijn dossier's news archive shows it to the participants of its campaign, and
 * the participant's file in the back office lists it among the updates they received.
 */
@ServerTest
class NewsArchiveTest {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aSentUpdateIsInTheParticipantsArchiveAndInTheirFile() throws Exception {
        TestCampaign campaign = TestCampaign.create(context, "archief");
        Dossier participant = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("archief"),
                child("Sem", Dossiers.uniqueLastName("Bakker"), Ages.childBornYearsAgo(clock, 14), 7));
        assertThat(participant.client().get("/dossier/news").body()).contains("Er zijn nog geen nieuwsberichten");

        StaffMember editor = TestStaff.create(jdbc, StaffRole.EDITOR);
        UUID mailing = TestMailings.draft(context, campaign.id(), editor, MailingKind.NEWS_UPDATE);
        MailingStore store = context.getBean(MailingStore.class);
        assertThat(context.getBean(Mailings.class)
                        .send(editor, null, store.find(mailing).orElseThrow()))
                .isNull();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> store.find(mailing).orElseThrow().finishedAt() != null);

        assertThat(participant.client().get("/dossier").body()).contains("href=\"/dossier/news");
        assertThat(participant.client().get("/dossier/news").body())
                .contains("Nieuws over de zaak")
                .contains("De rechter heeft <strong>beslist</strong>.");
        String file = new StaffMvc(context, TestStaff.create(jdbc, StaffRole.CASE_HANDLER))
                .page(get("/backoffice/files/" + participant.registration()));
        assertThat(file).contains("Nieuwsbericht ontvangen").contains("Nieuws over de zaak");
    }
}
