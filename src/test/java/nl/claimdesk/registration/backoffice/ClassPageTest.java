package nl.claimdesk.registration.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.TestCampaigns;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.campaign.internal.CampaignImporter;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.ClassClaimants;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.HtmlChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An administrator reads a campaign's class, dry-runs a draft copied from the current version, and publishes it. */
@IntegrationTest
class ClassPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CampaignImporter importer;

    @Autowired
    CampaignSites sites;

    @Autowired
    ClassDefinitions classes;

    StaffMember admin;
    String slug;
    CampaignId campaign;
    String path;

    @BeforeEach
    void campaignWithAClass() {
        admin = TestStaff.create(jdbc, StaffRole.ADMIN);
        slug = TestCampaigns.uniqueSlug("classpage");
        campaign = importer.importDefinition(TestCampaigns.minimal(slug));
        sites.reload();
        ClassVersionDraft court = TestClassVersions.minorsAndAdultsInTheNetherlands();
        classes.publish(campaign, court);
        path = "/backoffice/campaigns/" + slug + "/class";
        ClassClaimants claimants = new ClassClaimants(jdbc, campaign);
        UUID registration = claimants.registration("NL");
        claimants.claimant(registration, "Anna", LocalDate.of(2010, 3, 1), 2019, 2020);
        claimants.claimant(registration, "Bram", LocalDate.of(2012, 3, 1), 2023, null);
    }

    @Test
    void theDemoCampaignsClassShowsBothVersionsAndTheAssumedBoundary() throws Exception {
        Document page = page(get("/backoffice/campaigns/tiktok/class"), 200);

        assertThat(page.select("section.class-version h3").eachText())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("Versie 2 (geldt)");
        assertThat(page.select("section.class-version").first().text())
                .contains("Rechtbank Amsterdam")
                .contains("9 november 2022, die dag telt mee (aangenomen)")
                .contains("25 mei 2018, die dag telt niet mee")
                .contains("Stichting Massaschade & Consument");
        assertThat(page.select("#useUntil").val()).isEqualTo("2022-11-09");
        assertThat(HtmlChecker.errorsIn(page.outerHtml())).isEmpty();
    }

    @Test
    void aDryRunShowsTheCountsBeforeAndAfterAndChangesNothing() throws Exception {
        Map<String, String> form = draft(page(get(path), 200));
        form.put("useUntil", "");

        Document dryRun = page(submit(form, "dry-run"), 200);

        assertThat(dryRun.select("#dry-run ~ p").first().text()).contains("2 van de 2");
        List<String> tables = dryRun.select("table caption").eachText();
        assertThat(tables)
                .contains("Voor: gedupeerden per uitkomst nu", "Na: gedupeerden per uitkomst volgens het concept");
        assertThat(dryRun.select("table").last().text()).contains("In de groep: Minderjarigen 2");
        assertThat(dryRun.select("#useUntil").val()).isEmpty();
        assertThat(HtmlChecker.errorsIn(dryRun.outerHtml())).isEmpty();
        assertThat(classes.current(campaign).orElseThrow().number()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from claimant c join registration r on r.id = c.registration_id"
                                + " join claimant_class k on k.claimant_id = c.id where r.campaign_id = ?")
                        .param(campaign.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWrongDraftIsExplainedNextToItsFieldsAndKept() throws Exception {
        Map<String, String> form = draft(page(get(path), 200));
        form.put("optIn", "BE, XX");
        form.put("useUntil", "9 november");
        form.put("subClass2-representative", "");

        Document refused = page(submit(form, "publish"), 422);

        assertThat(refused.select(".field--error .field-error, .field--error p").eachText())
                .anyMatch(text -> text.contains("XX is geen landcode"))
                .anyMatch(text -> text.contains("Vul een datum in"))
                .anyMatch(text -> text.contains("Deelgroep ADULTS heeft een naam in beide talen"));
        assertThat(refused.select("#optIn").val()).isEqualTo("BE, XX");
        assertThat(refused.select("#useUntil").val()).isEqualTo("9 november");
        assertThat(HtmlChecker.errorsIn(refused.outerHtml())).isEmpty();
        assertThat(classes.current(campaign).orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void publishingStoresTheNextVersionReclassifiesAndSaysSo() throws Exception {
        Map<String, String> form = draft(page(get(path), 200));
        form.put("useUntil", "");

        MockHttpServletResponse response = mvc.perform(submit(form, "publish").with(TestStaff.as(admin)))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo(path + "?published=2");
        assertThat(classes.current(campaign).orElseThrow().criteria().useUntil())
                .isNull();
        Document after = page(get(path + "?published=2"), 200);
        assertThat(after.select(".notice").text()).contains("Versie 2 is gepubliceerd");
        assertThat(after.select("table").first().text()).contains("In de groep: Minderjarigen 2");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'class-version.published'"
                                + " and subject_id = ? and actor_id = ?")
                        .params(campaign.value().toString(), admin.id().toString())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theClassListIsACsvOfEveryClaimantWithTheirOutcomeAndIsAudited() throws Exception {
        Map<String, String> form = draft(page(get(path), 200));
        mvc.perform(submit(form, "publish").with(TestStaff.as(admin))).andReturn();

        MockHttpServletResponse response = mvc.perform(get(path + ".csv").with(TestStaff.as(admin)))
                .andReturn()
                .getResponse();

        assertThat(response.getContentType()).isEqualTo("text/csv; charset=UTF-8");
        List<String> lines = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("\uFEFF").contains("Uitkomst groep,Deelgroep");
        assertThat(lines.subList(1, 3))
                .anySatisfy(line -> assertThat(line)
                        .contains(",Anna,Klasse,2010-03-01,NL,In de groep: Minderjarigen,MINORS,,opt-out,2"))
                .anySatisfy(line -> assertThat(line)
                        .contains(",Bram,Klasse,2012-03-01,NL,Buiten de groep: geen gebruik in de periode,,"
                                + "USE_OUTSIDE_PERIOD,,2"));
        assertThat(jdbc.sql("select details from audit_entry where action = 'class-list.exported' and subject_id = ?")
                        .param(campaign.value().toString())
                        .query(String.class)
                        .single())
                .isEqualTo("{\"rows\":2,\"completed\":true}");
    }

    private MockHttpServletRequestBuilder submit(Map<String, String> form, String action) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).param("action", action);
        form.forEach(request::param);
        return request;
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(TestStaff.as(admin))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString());
    }

    /** The draft form's fields as the page fills them in: a copy of the current version. */
    private static Map<String, String> draft(Document page) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Element field : page.select("form.form input, form.form select, form.form textarea")) {
            String name = field.attr("name");
            if (name.isEmpty() || name.equals("_csrf")) {
                continue;
            }
            if (field.attr("type").equals("checkbox")) {
                if (field.hasAttr("checked")) {
                    form.put(name, field.val());
                }
            } else if (field.tagName().equals("select")) {
                Element selected = field.selectFirst("option[selected]");
                form.put(name, selected == null ? "" : selected.val());
            } else {
                form.put(name, field.val());
            }
        }
        return form;
    }
}
