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
import nl.claimdesk.registration.Funnel;
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
        // Joris used the app only after the court's period, from a year he was alive in.
        Ages.Birth joris = Ages.childBornYearsAgo(clock, 12);
        int jorisStarted = Math.max(joris.date().getYear(), 2023);
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                email,
                irisInThePeriod(lastName),
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
                port, jdbc, campaign.slug(), Dossiers.uniqueEmail("ouder"), irisInThePeriod(lastName));

        assertThat(classLines(parent))
                .containsExactly(
                        "Groep van de rechter: Hoort bij de groep waarvoor de rechter de claim toelaat: Minderjarigen.");
    }

    /**
     * A child who used the app within the court's fixed period (25 May 2018 to 9 November 2022), from a year she was
     * alive in, in whichever year the suite runs (up to 2036).
     */
    private Funnel.Child irisInThePeriod(String lastName) {
        Ages.Birth iris = Ages.childBornYearsAgo(clock, 14);
        int started = Math.max(iris.date().getYear(), 2019);
        return child("Iris", lastName, iris.dmy(), Integer.toString(started), Integer.toString(started + 1));
    }

    private static List<String> classLines(Dossier parent) {
        Document page = Jsoup.parse(parent.client().get("/dossier").body());
        return page.select(".claimant__class").eachText();
    }
}
