package nl.claimdesk.dossier;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import nl.claimdesk.Ages;
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

    @Autowired
    Clock clock;

    @Test
    void eachChildsClassStandingIsShownAndTheParentIsMailedOnce() {
        TestCampaign campaign = TestCampaign.create(context, "classdossier");
        String email = Dossiers.uniqueEmail("ouder");
        String lastName = Dossiers.uniqueLastName("Groep");
        // The court's period is fixed (25 May 2018 to 9 November 2022): Iris used the app within it, Joris only after
        // it, each from a year they were alive in whichever year the suite runs (up to 2036).
        Ages.Birth iris = Ages.childBornYearsAgo(clock, 14);
        Ages.Birth joris = Ages.childBornYearsAgo(clock, 12);
        int irisStarted = Math.max(iris.date().getYear(), 2019);
        int jorisStarted = Math.max(joris.date().getYear(), 2023);
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                email,
                child("Iris", lastName, iris.dmy(), Integer.toString(irisStarted), Integer.toString(irisStarted + 1)),
                child("Joris", lastName, joris.dmy(), Integer.toString(jorisStarted), ""));
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
