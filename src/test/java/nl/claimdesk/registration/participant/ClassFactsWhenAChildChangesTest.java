package nl.claimdesk.registration.participant;

import static nl.claimdesk.registration.Funnel.child;
import static nl.claimdesk.registration.Funnel.expectRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.registration.CourtClassCampaigns;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A child added in Mijn dossier, a child the registrant corrects and a child staff correct are asked what the current
 * class needs exactly as in the funnel (the month where the year holds a boundary, the child's own residence), and the
 * claimant is classified again at once (docs/adr/0047, 0056). The court's class here ends on 9 November 2022 and
 * takes residents of the Netherlands only.
 */
@ServerTest
class ClassFactsWhenAChildChangesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Dossiers.Dossier parent;
    private String lastName;

    @BeforeEach
    void aParentOnACampaignWithTheCourtsClass() {
        String slug = CourtClassCampaigns.open(context, "classchange");
        lastName = Dossiers.uniqueLastName("Feit");
        parent = Dossiers.confirmed(
                port, jdbc, slug, Dossiers.uniqueEmail("ouder"), child("Sem", lastName, fourteen(), "2022", ""));
        CourtClassCampaigns.publishCourtClass(context, slug);
    }

    @Test
    void aChildAddedInTheDossierIsAskedWhatTheFunnelAsksAndClassifiedAtOnce() {
        String add = parent.registrationPath() + "/children/new";
        Document form = Jsoup.parse(parent.client().get(add).body());
        assertThat(form.select("select#child-0-residence option[selected]").val())
                .as("the residence, the registrant's country first")
                .isEqualTo("NL");
        assertThat(form.select("#child-0-authority-PARENT")).hasSize(1);

        Document asked = page(parent.client().post(add, childForm("Lotte", "2022", "")));
        assertThat(asked.select("#child-0-startMonth-error").text()).contains("In welke maand van 2022 begon Lotte");
        assertThat(asked.select("select#child-0-startMonth option")).hasSize(13);
        assertThat(asked.select("#child-0-firstName").val()).as("kept").isEqualTo("Lotte");

        Document outside = page(parent.client().post(add, childForm("Lotte", "2022", "12")));
        assertThat(outside.select("#child-0-use").text()).contains("gebruikte Lotte het niet in die periode");

        Document abroad = page(parent.client().post(add, childForm("Lotte", "2021", "", "child-0-residence", "BE")));
        assertThat(abroad.select("#child-0-residence-error").text()).isNotBlank();
        assertThat(abroad.select("select#child-0-residence option[selected]").val())
                .as("kept")
                .isEqualTo("BE");

        expectRedirect(parent.client().post(add, childForm("Lotte", "2022", "11")));
        assertThat(standing("Lotte")).isEqualTo("IN_CLASS MINORS 11 NL");
    }

    @Test
    void theRegistrantsCorrectionAsksTheMonthAndStoresWhatThenPutsTheChildOutside() {
        String edit = parent.claimantPath("Sem") + "/edit";
        assertThat(standing("Sem")).isEqualTo("INFORMATION_NEEDED USE_START_MONTH null null");
        parent.client().get(edit);

        Document asked = page(parent.client().post(edit, childForm("Sem", "2022", "")));
        assertThat(asked.select("#child-0-startMonth-error").text()).contains("In welke maand van 2022 begon Sem");

        expectRedirect(parent.client().post(edit, childForm("Sem", "2022", "12")));
        assertThat(standing("Sem"))
                .as("a correction is the truth: stored, and the class says where it leaves the child")
                .isEqualTo("OUTSIDE USE_OUTSIDE_PERIOD 12 NL");
    }

    @Test
    void staffMayGiveAMonthTheClassMissesAndTheChildIsClassifiedAtOnce() {
        SiteClient staff = TestStaff.logIn(port, TestStaff.enrolled(jdbc, StaffRole.CASE_HANDLER));
        String edit = "/backoffice/files/" + parent.registration() + "/claimants/" + parent.claimant("Sem") + "/edit";
        Document form = Jsoup.parse(staff.get(edit).body());
        assertThat(form.select("select#child-0-startMonth option")).hasSize(13);
        assertThat(form.select("select#child-0-residence option[selected]").val())
                .as("staff offer no country first: unknown until given")
                .isEmpty();

        expectRedirect(staff.post(edit, staffCorrection("", "reason", "Naam gecontroleerd")));
        assertThat(standing("Sem"))
                .as("a fact staff do not know may stay unknown")
                .isEqualTo("INFORMATION_NEEDED USE_START_MONTH null null");

        expectRedirect(staff.post(edit, staffCorrection("11", "reason", "Maand telefonisch doorgegeven")));
        assertThat(standing("Sem")).isEqualTo("IN_CLASS MINORS 11 null");
        assertThat(jdbc.sql(
                                "select count(*) from registration_event where claimant_id = ? and kind = 'CLAIMANT_CORRECTED'")
                        .param(parent.claimant("Sem"))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    private String[] staffCorrection(String startMonth, String... more) {
        Ages.Birth born = birth();
        List<String> fields = new ArrayList<>(List.of(
                "child-0-firstName",
                "Sem",
                "child-0-lastName",
                lastName,
                "child-0-birthDay",
                born.day(),
                "child-0-birthMonth",
                born.month(),
                "child-0-birthYear",
                born.year(),
                "child-0-startMonth",
                startMonth));
        fields.addAll(List.of(more));
        return fields.toArray(String[]::new);
    }

    /** A child's form as the dossier sends it: born 14 years ago, still using since {@code startYear}. */
    private String[] childForm(String firstName, String startYear, String startMonth, String... more) {
        Ages.Birth born = birth();
        List<String> fields = new ArrayList<>(List.of(
                "child-0-firstName",
                firstName,
                "child-0-lastName",
                lastName,
                "child-0-birthDay",
                born.day(),
                "child-0-birthMonth",
                born.month(),
                "child-0-birthYear",
                born.year(),
                "child-0-authority",
                "PARENT",
                "child-0-startYear",
                startYear,
                "child-0-startMonth",
                startMonth,
                "child-0-stillUsing",
                "yes",
                "child-0-endYear",
                ""));
        if (more.length == 0) {
            fields.addAll(List.of("child-0-residence", "NL"));
        }
        fields.addAll(List.of(more));
        return fields.toArray(String[]::new);
    }

    private static Document page(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** Class status, sub-class or detail, start month and own residence of the registration's child so named. */
    private String standing(String firstName) {
        return jdbc.sql("""
                        select k.status || ' ' || coalesce(k.sub_class, k.detail) || ' '
                            || coalesce(cast(use_started_month as varchar(2)), 'null') || ' '
                            || coalesce(residence_country, 'null')
                        from claimant left join claimant_class k on k.claimant_id = claimant.id
                        where registration_id = ? and first_name = ?""")
                .params(parent.registration(), firstName)
                .query(String.class)
                .single();
    }

    private Ages.Birth birth() {
        return Ages.childBornYearsAgo(clock, 14);
    }

    private String fourteen() {
        return birth().dmy();
    }
}
