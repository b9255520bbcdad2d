package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static nl.claimdesk.registration.Funnel.expectRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.Unique;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.ResidenceRegime;
import nl.claimdesk.campaign.TestCampaigns;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.campaign.internal.CampaignImporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The funnel asks what the campaign's current class version needs (docs/adr/0047): the month only where the years
 * leave the class open, the child's own residence where the version tells countries apart, and the reason with the
 * supporter route where a claimant is outside the class. Each test runs on a campaign of its own whose class is the
 * court's TikTok period (after 25 May 2018 up to and including 9 November 2022, while under 18).
 */
@ServerTest
class ClassQuestionsInTheFunnelTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    CampaignImporter importer;

    @Autowired
    CampaignSites sites;

    private final String email = Unique.email("classfunnel");

    @Test
    void aStartYearHoldingThePeriodsEndAsksTheMonthAndTheMonthDecides() {
        Funnel funnel =
                funnelFor(TestClassVersions.court(List.of(TestClassVersions.MINORS), ResidenceRegime.EXCLUDED, true));
        expectRedirect(funnel.start("CHILDREN", email));
        Funnel.Child sem = child("Sem", "de Vries", fourteen(), "2022", "");

        Document asked = page(funnel.children(sem));
        assertMessageNextTo(
                asked, "child-0-startMonth", "tot en met 9 november 2022", "In welke maand van 2022 begon Sem");
        assertThat(asked.select("select#child-0-startMonth option")).hasSize(13);
        assertThat(asked.select("#child-0-startYear").val()).isEqualTo("2022");

        Document refused = page(funnel.children(new String[] {"child-0-startMonth", "12"}, sem));
        assertMessageNextTo(refused, "child-0-use", "gebruikte Sem het niet in die periode");
        assertThat(refused.select("button[name=action][value=supporter]")).hasSize(1);
        assertThat(refused.select("#child-0-startMonth option[selected]").val()).isEqualTo("12");

        expectRedirect(funnel.children(new String[] {"child-0-startMonth", "11"}, sem));
        funnel.client().follow(expectRedirect(funnel.send()));
        assertThat(stored()).containsEntry("use_started_month", 11).containsEntry("class_status", "IN_CLASS");
    }

    @Test
    void yearsThatDecideTheClassAskNoMonth() {
        Funnel funnel =
                funnelFor(TestClassVersions.court(List.of(TestClassVersions.MINORS), ResidenceRegime.EXCLUDED, true));
        expectRedirect(funnel.start("CHILDREN", email));

        Document empty =
                Jsoup.parse(funnel.client().get(funnel.path("kinderen")).body());
        assertThat(empty.select("#child-0-startMonth, #child-0-endMonth")).isEmpty();
        expectRedirect(funnel.children(child("Sem", "de Vries", fourteen(), "2019", "2021")));
        funnel.client().follow(expectRedirect(funnel.send()));

        assertThat(stored())
                .containsEntry("use_started_month", null)
                .containsEntry("use_ended_month", null)
                .containsEntry("class_status", "IN_CLASS");
    }

    @Test
    void anEndYearHoldingThePeriodsStartAsksTheEndMonth() {
        Funnel funnel =
                funnelFor(TestClassVersions.court(List.of(TestClassVersions.MINORS), ResidenceRegime.EXCLUDED, true));
        expectRedirect(funnel.start("CHILDREN", email));
        Funnel.Child sem = child("Sem", "de Vries", fourteen(), "2017", "2018");

        assertMessageNextTo(page(funnel.children(sem)), "child-0-endMonth", "vanaf 26 mei 2018", "stopte Sem");
        Document early = page(funnel.children(new String[] {"child-0-endMonth", "4"}, sem));
        assertMessageNextTo(early, "child-0-use", "niet in die periode");
        expectRedirect(funnel.children(new String[] {"child-0-endMonth", "5"}, sem));
    }

    @Test
    void aMonthThatIsNotOneIsSaidNextToTheField() {
        Funnel funnel =
                funnelFor(TestClassVersions.court(List.of(TestClassVersions.MINORS), ResidenceRegime.EXCLUDED, true));
        expectRedirect(funnel.start("CHILDREN", email));
        Funnel.Child sem = child("Sem", "de Vries", fourteen(), "2022", "");

        assertMessageNextTo(
                page(funnel.children(new String[] {"child-0-startMonth", "13"}, sem)),
                "child-0-startMonth",
                "Kies een maand uit de lijst");
    }

    @ParameterizedTest
    @EnumSource(ResidenceRegime.class)
    void aChildLivingAbroadIsJudgedByTheRegimeOfThatCountry(ResidenceRegime abroad) {
        Funnel funnel = funnelFor(TestClassVersions.court(List.of(TestClassVersions.MINORS), abroad, false));
        expectRedirect(funnel.start("CHILDREN", email));
        Funnel.Child sem = child("Sem", "de Vries", fourteen(), "2019", "");

        Document form = Jsoup.parse(funnel.client().get(funnel.path("kinderen")).body());
        assertThat(form.select("#child-0-residence option[selected]").val())
                .as("the registrant's country first")
                .isEqualTo("NL");
        HttpResponse<String> answer = funnel.children(new String[] {"child-0-residence", "BE"}, sem);

        if (abroad == ResidenceRegime.EXCLUDED) {
            Document refused = page(answer);
            assertMessageNextTo(refused, "child-0-residence", "in België wonen niet opgenomen");
            assertThat(refused.select("button[name=action][value=supporter]")).hasSize(1);
        } else {
            expectRedirect(answer);
            funnel.client().follow(expectRedirect(funnel.send()));
            if (abroad == ResidenceRegime.OPT_IN) {
                assertThat(stored())
                        .as("the sign-up is taken; the child is in the class once the registry reports an opt-in")
                        .containsEntry("residence_country", "BE")
                        .containsEntry("class_status", "OUTSIDE")
                        .containsEntry("class_detail", "NOT_OPTED_IN");
            } else {
                assertThat(stored())
                        .containsEntry("residence_country", "BE")
                        .containsEntry("class_status", "IN_CLASS")
                        .containsEntry("class_regime", abroad.name());
            }
        }
    }

    @Test
    void aRegistrantOutsideTheClassIsOfferedTheSupporterRouteWithTheReason() {
        Funnel funnel =
                funnelFor(TestClassVersions.court(List.of(TestClassVersions.MINORS), ResidenceRegime.EXCLUDED, true));
        // 18 on 15 June 2020: use from that year is a minor's only in its first months.
        expectRedirect(funnel.start("SELF", email, "15-6-2002"));

        Document asked = page(funnel.ownUse("2020", ""));
        assertMessageNextTo(asked, "startMonth", "Op 15 juni 2020 werd je 18", "In welke maand van 2020 begon je");

        Document refused = page(funnel.ownUse("2020", "", "startMonth", "7"));
        assertThat(refused.select("#use").text()).contains("hoorde je bij geen van die groepen");
        HttpResponse<String> supporter = expectRedirect(funnel.becomeSupporter("gebruik"));
        assertThat(supporter.headers().firstValue("Location").orElseThrow()).endsWith("/controleren");
        funnel.client().follow(expectRedirect(funnel.send()));
        assertThat(jdbc.sql("select kind from registration where email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("SUPPORTER");
    }

    @Test
    void aRegistrantWhoseMonthFallsInsideTheClassSignsUp() {
        Funnel funnel =
                funnelFor(TestClassVersions.court(List.of(TestClassVersions.MINORS), ResidenceRegime.EXCLUDED, true));
        expectRedirect(funnel.start("SELF", email, "15-6-2002"));

        expectRedirect(funnel.ownUse("2020", "", "startMonth", "6"));
        funnel.client().follow(expectRedirect(funnel.send()));

        assertThat(jdbc.sql("""
                                select c.use_started_month from claimant c join registration r on r.id = c.registration_id
                                where r.email = ?""").param(email).query(Integer.class).single()).isEqualTo(6);
    }

    /** The date of birth of a child of 14, as the funnel's fields take it. */
    private String fourteen() {
        return Ages.childBornYearsAgo(clock, 14).dmy();
    }

    private Funnel funnelFor(ClassVersionDraft version) {
        String slug = TestCampaigns.uniqueSlug("classfunnel");
        importer.importDefinition(TestCampaigns.withClassVersions(slug, List.of(version)));
        sites.reload();
        return new Funnel(new SiteClient(port), slug);
    }

    private Map<String, Object> stored() {
        return jdbc.sql("""
                        select c.use_started_month, c.use_ended_month, c.residence_country, k.status as class_status,
                            k.regime as class_regime, k.detail as class_detail
                        from claimant c join registration r on r.id = c.registration_id
                            left join claimant_class k on k.claimant_id = c.id
                        where r.email = ?""").param(email).query().singleRow().entrySet().stream()
                .collect(java.util.HashMap::new, (map, e) -> map.put(e.getKey(), number(e.getValue())), Map::putAll);
    }

    private static Object number(Object value) {
        return value instanceof Number number ? (Object) number.intValue() : value;
    }

    private static Document page(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a question or refusal is a page").isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static void assertMessageNextTo(Document page, String field, String... phrases) {
        Element message = page.getElementById(field + "-error");
        if (message == null) {
            message = page.getElementById(field);
        }
        assertThat(message).as("a message for " + field).isNotNull();
        String text = message.id().equals(field) ? message.parent().text() : message.text();
        for (String phrase : phrases) {
            assertThat(text).as(field).contains(phrase);
        }
        assertThat(page.select(".error-summary a[href=#" + field + "]"))
                .as("summary link to " + field)
                .isNotEmpty();
    }
}
