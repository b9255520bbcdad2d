package nl.claimdesk.dossier;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import nl.claimdesk.ServerTest;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.internal.classification.ClassPublication;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Mijn dossier says in plain words where each child stands against the court's class, once the campaign has one. */
@ServerTest
class ClassStandingInDossierTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ClassPublication publication;

    @Test
    void eachChildsClassStandingIsShownAndTheParentIsMailedOnce() {
        TestCampaign campaign = TestCampaign.create(context, "classdossier");
        String email = Dossiers.uniqueEmail("ouder");
        String lastName = Dossiers.uniqueLastName("Groep");
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                email,
                child("Iris", lastName, "14-3-2012", "2019", "2020"),
                child("Joris", lastName, "2-6-2014", "2023", ""));
        assertThat(classLines(parent)).isEmpty();

        publication.publish(
                campaigns.bySlug(campaign.slug()).orElseThrow(),
                TestClassVersions.minorsAndAdultsInTheNetherlands(),
                Actor.system("test"),
                null);

        assertThat(classLines(parent))
                .containsExactly(
                        "Groep van de rechter: Hoort bij de groep waarvoor de rechter de claim toelaat: Minderjarigen.",
                        "Groep van de rechter: Hoort niet bij de groep waarvoor de rechter de claim toelaat: het gebruik"
                                + " viel niet in de periode die de rechter heeft vastgesteld.");
        assertThat(parent.client().get("/dossier").body())
                .contains("Iris " + lastName + " hoort bij de groep waarvoor de rechter de claim toelaat");
        MimeMessage mail = TestMailServer.awaitMail(email, "Nieuws over je deelname aan de " + campaign.name());
        assertThat(TestMailServer.plainText(mail))
                .contains("Iris " + lastName + ": Hoort bij de groep")
                .contains("Joris " + lastName + ": Hoort niet bij de groep");
    }

    @Test
    void aChildSignedUpUnderAPublishedVersionShowsItsStandingAtOnce() {
        TestCampaign campaign = TestCampaign.create(context, "classsignup");
        publication.publish(
                campaigns.bySlug(campaign.slug()).orElseThrow(),
                TestClassVersions.minorsAndAdultsInTheNetherlands(),
                Actor.system("test"),
                null);
        String lastName = Dossiers.uniqueLastName("Later");

        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ouder"),
                child("Iris", lastName, "14-3-2012", "2019", "2020"));

        assertThat(classLines(parent))
                .containsExactly(
                        "Groep van de rechter: Hoort bij de groep waarvoor de rechter de claim toelaat: Minderjarigen.");
    }

    private static List<String> classLines(Dossier parent) {
        Document page = Jsoup.parse(parent.client().get("/dossier").body());
        return page.select(".claimant__class").eachText();
    }
}
