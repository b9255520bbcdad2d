package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static nl.claimdesk.registration.Funnel.expectRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.Unique;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.backoffice.AuditTrail;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.shared.StaffRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registrant declares per child which authority they hold, parent with parental authority or guardian, and it is
 * recorded (docs/adr/0056): required in the funnel with the message next to the field, stored, shown in Mijn dossier
 * and the staff file, in the history and audit of a correction. A registration from before it was asked says "not
 * stated yet" and Mijn dossier asks it; staff never declare it for the registrant.
 */
@ServerTest
class AuthorityDeclarationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    TestCampaign campaign;
    String lastName;

    @BeforeEach
    void campaign() {
        campaign = TestCampaign.create(context, "gezag");
        lastName = Dossiers.uniqueLastName("Gezag");
    }

    @ParameterizedTest(name = "authority \"{0}\" is {1}")
    @CsvSource({
        "'', refused",
        "OTHER, refused",
        "parent, refused",
        "PARENT, stored",
        "GUARDIAN, stored",
    })
    void theFunnelRequiresOneOfTheTwoAndStoresIt(String typed, String outcome) {
        Funnel funnel = new Funnel(new SiteClient(port), campaign.slug());
        String email = Unique.email("gezag");
        expectRedirect(funnel.start("CHILDREN", email));
        Funnel.Child sem = child("Sem", lastName, Ages.childBornYearsAgo(clock, 12), 7);

        // Funnel.children declares PARENT; the field sent last is the one the form reads.
        HttpResponse<String> response = funnel.children(new String[] {"child-0-authority", typed}, sem);

        if (outcome.equals("refused")) {
            assertThat(response.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("#child-0-authority-error").text()).contains("ouder met ouderlijk gezag of voogd");
            assertThat(page.select(".error-summary a[href=#child-0-authority]")).hasSize(1);
            assertThat(page.select("#child-0-firstName").val()).isEqualTo("Sem");
            assertThat(page.select("input[name=child-0-authority][checked]")).isEmpty();
        } else {
            expectRedirect(response);
            assertThat(funnel.client().get(funnel.path("controleren")).body())
                    .contains(typed.equals("PARENT") ? "Ouder met ouderlijk gezag" : "Voogd");
            funnel.client().follow(expectRedirect(funnel.send()));
            assertThat(jdbc.sql("""
                            select c.authority from claimant c join registration r on r.id = c.registration_id
                            join account a on a.id = r.account_id where a.email = ?""").param(email).query(String.class).single()).isEqualTo(typed);
        }
    }

    @Test
    void aRegistrationFromBeforeIsAskedInTheDossierAndTheAnswerIsRecorded() {
        Dossiers.Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ouder"),
                child("Mila", lastName, Ages.childBornYearsAgo(clock, 12), 7));
        jdbc.sql("update claimant set authority = null where id = ?")
                .param(parent.claimant("Mila"))
                .update();
        Document dossier = Jsoup.parse(parent.client().get("/dossier").body());
        assertThat(dossier.select(".claimant__authority").text()).isEqualTo("Gezag: Nog niet opgegeven");
        assertThat(dossier.select("a:contains(Geef op welk gezag je over Mila)").attr("href"))
                .startsWith(parent.claimantPath("Mila") + "/edit");

        String edit = parent.claimantPath("Mila") + "/edit";
        Document form = Jsoup.parse(parent.client().get(edit + "?lang=nl").body());
        assertThat(form.select("input[name=child-0-authority][checked]")).isEmpty();
        String[] fields = fieldsOf(form);
        HttpResponse<String> refused = parent.client().post(edit, fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body())
                        .select("#child-0-authority-error")
                        .text())
                .contains("ouder met ouderlijk gezag of voogd");

        expectRedirect(parent.client().post(edit, with(fields, "child-0-authority", "GUARDIAN")));
        assertThat(authority(parent)).isEqualTo("GUARDIAN");
        assertThat(Jsoup.parse(parent.client().get("/dossier").body())
                        .select(".claimant__authority")
                        .text())
                .isEqualTo("Gezag: Voogd");
        assertThat(AuditTrail.details(context, Actor.Kind.PARTICIPANT, "claimant.corrected", parent.claimant("Mila")))
                .singleElement()
                .asString()
                .contains("\"authority\":null}", "\"authority\":\"GUARDIAN\"}");
        assertThat(jdbc.sql(
                                "select count(*) from registration_event where claimant_id = ? and kind = 'CLAIMANT_CORRECTED'")
                        .param(parent.claimant("Mila"))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        SiteClient staff = TestStaff.logIn(port, TestStaff.enrolled(jdbc, StaffRole.CASE_HANDLER));
        String file = "/backoffice/files/" + parent.registration();
        assertThat(Jsoup.parse(staff.get(file).body()).text()).contains("Gezag: Voogd");
        String staffEdit = file + "/claimants/" + parent.claimant("Mila") + "/edit";
        Document staffForm = Jsoup.parse(staff.get(staffEdit).body());
        assertThat(staffForm.select("input[name=child-0-authority]"))
                .as("the declaration is the registrant's, not the staff's")
                .isEmpty();
        expectRedirect(staff.post(
                staffEdit, with(fieldsOf(staffForm), "child-0-authority", "PARENT", "reason", "Naam gecontroleerd")));
        assertThat(authority(parent)).isEqualTo("GUARDIAN");
    }

    private String authority(Dossiers.Dossier parent) {
        return jdbc.sql("select authority from claimant where id = ?")
                .param(parent.claimant("Mila"))
                .query(String.class)
                .single();
    }

    /** The fields of the page's form as filled in (text, selected options, checked radios), without the token. */
    private static String[] fieldsOf(Document page) {
        List<String> fields = new ArrayList<>();
        for (var input : page.select("form.form input[name], form input[name]")) {
            String type = input.attr("type");
            if (input.attr("name").equals("_csrf") || type.equals("hidden")) {
                continue;
            }
            if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
                continue;
            }
            fields.add(input.attr("name"));
            fields.add(input.val());
        }
        for (var select : page.select("form select[name]")) {
            fields.add(select.attr("name"));
            fields.add(select.select("option[selected]").val());
        }
        return fields.toArray(String[]::new);
    }

    private static String[] with(String[] fields, String... more) {
        String[] all = Arrays.copyOf(fields, fields.length + more.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return all;
    }
}
