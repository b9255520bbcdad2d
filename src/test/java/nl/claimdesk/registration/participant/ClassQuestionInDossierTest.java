package nl.claimdesk.registration.participant;

import static nl.claimdesk.registration.Funnel.child;
import static nl.claimdesk.registration.Funnel.expectRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.registration.CourtClassCampaigns;
import nl.claimdesk.registration.Dossiers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A claimant signed up before the court's class was published, whose start year holds the period's end, needs the
 * month in which use started. Mijn dossier asks exactly that, stores the answer with history and audit, and shows the
 * new standing at once (docs/adr/0047).
 */
@ServerTest
class ClassQuestionInDossierTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Dossiers.Dossier dossier;
    private String question;

    @BeforeEach
    void aChildWhoseStartMonthDecides() {
        String slug = CourtClassCampaigns.open(context, "classdossier");
        dossier = Dossiers.confirmed(
                port,
                jdbc,
                slug,
                Dossiers.uniqueEmail("ouder"),
                child("Sem", Dossiers.uniqueLastName("Maand"), fourteen(), "2022", ""));
        CourtClassCampaigns.publishCourtClass(context, slug);
        question = dossier.claimantPath("Sem") + "/class";
    }

    @Test
    void theDossierAsksTheMonthAndTheAnswerPutsTheChildInTheClassAtOnce() {
        Document before = Jsoup.parse(dossier.client().get("/dossier").body());
        assertThat(before.text()).contains("de maand waarin het gebruik begon");
        assertThat(before.select("a[href^=" + question + "]")).hasSize(1);

        Document form = Jsoup.parse(dossier.client().get(question + "?lang=nl").body());
        assertThat(form.select("label[for=answer]").text()).contains("Maand in 2022 waarin Sem");
        assertThat(form.select("select#answer option")).hasSize(13);

        expectRedirect(dossier.client().post(question, "answer", "11"));

        assertThat(standing()).isEqualTo("IN_CLASS MINORS 11");
        Document after = Jsoup.parse(dossier.client().get("/dossier").body());
        assertThat(after.text()).contains("Hoort bij de groep waarvoor de rechter de claim toelaat");
        assertThat(after.select("a[href^=" + question + "]")).isEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from registration_event where claimant_id = ? and kind = 'CLASS_FACT_GIVEN'")
                        .param(dossier.claimant("Sem"))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'claimant.class-fact-given' and subject_id = ?")
                        .param(dossier.claimant("Sem").toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        Document nothing = Jsoup.parse(dossier.client().get(question).body());
        assertThat(nothing.text()).contains("We hebben niets meer nodig");
        assertThat(nothing.select("form select#answer")).isEmpty();
    }

    @Test
    void aMonthAfterThePeriodPutsTheChildOutsideWithTheReason() {
        expectRedirect(dossier.client().post(question, "answer", "12"));

        assertThat(standing()).isEqualTo("OUTSIDE USE_OUTSIDE_PERIOD 12");
        assertThat(Jsoup.parse(dossier.client().get("/dossier").body()).text())
                .contains("het gebruik viel niet in de periode");
    }

    @Test
    void anAnswerThatIsNotAMonthIsSaidNextToTheFieldAndChangesNothing() {
        var response = dossier.client().post(question, "answer", "dertien");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#answer-error").text()).contains("Kies een maand uit de lijst");
        assertThat(page.select(".error-summary a[href=#answer]")).hasSize(1);
        assertThat(standing()).isEqualTo("INFORMATION_NEEDED USE_START_MONTH null");
    }

    private String standing() {
        return jdbc.sql("""
                        select k.status || ' ' || coalesce(k.sub_class, k.detail) || ' '
                            || coalesce(cast(use_started_month as varchar(2)), 'null')
                        from claimant left join claimant_class k on k.claimant_id = claimant.id where id = ?""").param(dossier.claimant("Sem")).query(String.class).single();
    }

    private String fourteen() {
        return Ages.childBornYearsAgo(clock, 14).dmy();
    }
}
