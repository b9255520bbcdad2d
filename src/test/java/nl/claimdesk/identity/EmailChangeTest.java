package nl.claimdesk.identity;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changing the email address from Mijn dossier: the new address must be confirmed by its link before it counts,
 * opening the link changes nothing, using it switches the account over and tells the old address, and an address
 * that belongs to someone else is never taken.
 */
@ServerTest
class EmailChangeTest {

    private static final String LINK = "/nl/email-bevestigen/";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private TestCampaign campaign;
    private Dossier participant;

    @BeforeEach
    void participant() {
        campaign = TestCampaign.create(context, "email");
        participant = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("oud"),
                child("Sem", Dossiers.uniqueLastName("Mulder"), "1-2-2012", "2019", ""));
    }

    @Test
    void theNewAddressCountsOnlyOnceItsLinkIsUsedAndTheOldAddressIsTold() {
        String newAddress = Dossiers.uniqueEmail("Nieuw");
        assertThat(participant.client().get("/dossier/email").statusCode()).isEqualTo(200);
        HttpResponse<String> requested = participant.client().post("/dossier/email", "email", newAddress);
        assertThat(requested.statusCode()).isEqualTo(200);
        assertThat(requested.body()).contains("We hebben een link gestuurd naar " + newAddress);

        MimeMessage mail = TestMailServer.awaitMail(newAddress, "Bevestig je nieuwe e-mailadres");
        String link = TestMailServer.linkPath(mail, LINK);
        assertThat(email()).as("nothing changes before the link is used").isEqualTo(participant.email());
        assertThat(pendingChanges()).isEqualTo(1);

        HttpResponse<String> opened = new SiteClient(port).get(link);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("Bevestig je nieuwe e-mailadres");
        assertThat(email()).as("opening the link changes nothing").isEqualTo(participant.email());
        assertThat(pendingChanges()).isEqualTo(1);

        HttpResponse<String> confirmed = participant.client().post(link);
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/dossier?done=email");
        assertThat(email()).isEqualTo(newAddress);
        assertThat(jdbc.sql("select email_normalised from account where id = ?")
                        .param(participant.account())
                        .query(String.class)
                        .single())
                .isEqualTo(newAddress.toLowerCase(Locale.ROOT));
        assertThat(pendingChanges()).isZero();
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'account.email-changed' and subject_id = ?")
                        .param(participant.account().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        String notice =
                TestMailServer.plainText(TestMailServer.awaitMail(participant.email(), "Je e-mailadres is gewijzigd"));
        assertThat(notice).contains(newAddress);
        assertThat(participant.client().get("/dossier").body()).contains(newAddress);

        SiteClient visitor = new SiteClient(port);
        visitor.get("/nl/inloggen");
        assertThat(visitor.post("/nl/inloggen", "email", participant.email()).statusCode())
                .isEqualTo(200);
        visitor.get("/nl/inloggen");
        assertThat(visitor.post("/nl/inloggen", "email", newAddress).statusCode())
                .isEqualTo(200);
        String login = TestMailServer.linkPath(TestMailServer.awaitMail(newAddress, "inloglink"), "/nl/inloggen/");
        SiteClient newDevice = new SiteClient(port);
        newDevice.get(login);
        HttpResponse<String> loggedIn = newDevice.post(login);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(newDevice.get("/dossier").body()).contains("Sem ");
        assertThat(jdbc.sql("select count(*) from account where email_normalised = ?")
                        .param(participant.email().toLowerCase(Locale.ROOT))
                        .query(Long.class)
                        .single())
                .as("the old address belongs to no account any more")
                .isZero();
        assertThat(jdbc.sql("select count(*) from outbox where recipient = ? and kind = 'identity.login'")
                        .param(participant.email())
                        .query(Long.class)
                        .single())
                .as("the old address gets no login link")
                .isZero();

        HttpResponse<String> reused = participant.client().post(link);
        assertThat(reused.statusCode()).as("a link works once").isEqualTo(200);
        assertThat(reused.body()).contains("Deze link is al gebruikt");
        assertThat(email()).isEqualTo(newAddress);
    }

    @Test
    void anAddressOfAnotherAccountIsRefusedWhenTheLinkIsUsed() {
        Dossier other = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ander"),
                child("Lotte", Dossiers.uniqueLastName("Mulder"), "5-6-2014", "2020", ""));
        Map<String, Object> othersAccount = accountRow(other);

        participant.client().get("/dossier/email");
        assertThat(participant
                        .client()
                        .post("/dossier/email", "email", other.email())
                        .statusCode())
                .isEqualTo(200);
        String link = TestMailServer.linkPath(TestMailServer.awaitMail(other.email(), "Bevestig je nieuwe"), LINK);
        HttpResponse<String> used = participant.client().post(link);
        assertThat(used.statusCode()).isEqualTo(200);
        assertThat(email()).isEqualTo(participant.email());
        assertThat(accountRow(other)).isEqualTo(othersAccount);
        assertThat(jdbc.sql("select count(*) from email_change where account_id = ? and confirmed_at is not null")
                        .param(participant.account())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(TestMailServer.subjectsTo(participant.email())).doesNotContain("Je e-mailadres is gewijzigd");
    }

    @Test
    void anUnusableAddressIsRefusedOnTheForm() {
        participant.client().get("/dossier/email");
        HttpResponse<String> same = participant
                .client()
                .post("/dossier/email", "email", participant.email().toUpperCase(Locale.ROOT));
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.body()).contains("Dit is al je e-mailadres");
        HttpResponse<String> invalid = participant.client().post("/dossier/email", "email", "geen-adres");
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("field-error").contains("geen-adres");
        assertThat(jdbc.sql("select count(*) from email_change where account_id = ?")
                        .param(participant.account())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String email() {
        return jdbc.sql("select email from account where id = ?")
                .param(participant.account())
                .query(String.class)
                .single();
    }

    private long pendingChanges() {
        return jdbc.sql("select count(*) from email_change where account_id = ? and confirmed_at is null")
                .param(participant.account())
                .query(Long.class)
                .single();
    }

    private Map<String, Object> accountRow(Dossier dossier) {
        return jdbc.sql("select * from account where id = ?")
                .param(dossier.account())
                .query()
                .singleRow();
    }
}
