package nl.claimdesk.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.news.Participants.Participant;
import nl.claimdesk.shared.StaffRole;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one-command demo without an SMTP server (the same set-up as the demo mailbox's browser journey): a mailing to
 * the campaign's participants lands in {@code /dev/mailbox}, one mail per participant, under the mailing's subject.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=", "claimdesk.mail.idle-poll=100ms"})
@ActiveProfiles("test")
class DemoMailboxNewsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aMailingToTheDemoParticipantsIsReadInTheDemoMailbox() throws Exception {
        TestCampaign campaign = TestCampaign.create(context, "demo-nieuws");
        Participants participants = new Participants(jdbc, campaign.id());
        List<Participant> readers =
                List.of(participants.add("Anna"), participants.add("Bram"), participants.add("Cato"));

        UUID mailing = TestMailings.sent(
                context, campaign.id(), TestStaff.create(jdbc, StaffRole.EDITOR), MailingKind.NEWS_UPDATE);

        Awaitility.await("every participant's mail in the demo mailbox")
                .atMost(Duration.ofSeconds(30))
                .until(() -> readers.stream().allMatch(reader -> inMailbox(reader) == 1));
        assertThat(jdbc.sql("select count(*) from dev_mailbox where message_id like ?")
                        .param("<news." + mailing + ".%")
                        .query(Long.class)
                        .single())
                .isEqualTo(readers.size());
        HttpResponse<String> mailbox = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev/mailbox"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(mailbox.statusCode()).isEqualTo(200);
        assertThat(mailbox.body()).contains("Nieuws over de zaak");
        readers.forEach(reader -> assertThat(mailbox.body()).contains(reader.email()));
    }

    private long inMailbox(Participant reader) {
        return jdbc.sql("select count(*) from dev_mailbox where recipient = ? and subject = 'Nieuws over de zaak'")
                .param(reader.email())
                .query(Long.class)
                .single();
    }
}
