package nl.claimdesk.registration.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.Unique;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.ClassStatus;
import nl.claimdesk.campaign.RegistryChoice;
import nl.claimdesk.campaign.ResidenceRegime;
import nl.claimdesk.campaign.TestCampaigns;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.campaign.internal.CampaignImporter;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.ClaimantKind;
import nl.claimdesk.registration.ClassCount;
import nl.claimdesk.registration.RegistrationFigures;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.WithdrawalChannel;
import nl.claimdesk.registration.eligibility.UsePeriod;
import nl.claimdesk.registration.internal.ChangedBy;
import nl.claimdesk.registration.internal.ClaimantEntry;
import nl.claimdesk.registration.internal.Registrant;
import nl.claimdesk.registration.internal.SignUp;
import nl.claimdesk.registration.internal.Withdrawals;
import nl.claimdesk.registration.internal.classification.ClassPublication;
import nl.claimdesk.registration.internal.registry.RegistryChoices;
import nl.claimdesk.registration.signup.SignUps;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.StaffRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case handler records opt-outs and opt-ins that the court's registry reported, one on a file or a list at once;
 * an opt-out puts the claimant outside the class and stays apart from a withdrawal in status, counts and exports.
 */
@IntegrationTest
class RegistryChoiceTest {

    /** Within the court's period, at any age a child signed up today had then. */
    private static final UsePeriod USE = new UsePeriod(2019, 2020);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CampaignImporter importer;

    @Autowired
    CampaignSites sites;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ClassPublication publication;

    @Autowired
    SignUps signUps;

    @Autowired
    Withdrawals withdrawals;

    @Autowired
    RegistryChoices choices;

    @Autowired
    RegistrationFigures figures;

    @Autowired
    Clock clock;

    CampaignSummary campaign;
    StaffMember handler;
    LocalDate born;

    @BeforeEach
    void campaignWithAClass() {
        String slug = TestCampaigns.uniqueSlug("registry");
        importer.importDefinition(TestCampaigns.minimal(slug));
        sites.reload();
        campaign = campaigns.bySlug(slug).orElseThrow();
        handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        born = Ages.childBornYearsAgo(clock, 14).date();
    }

    @Test
    void anOptOutIsOutsideTheClassAndNoWithdrawalInStatusCountsAndExports() throws Exception {
        publication.publish(campaign, TestClassVersions.minorsAndAdultsInTheNetherlands(), Actor.staff("admin"), null);
        String family = "Griffie" + Unique.letters(8);
        Family optedOut = signUp(family, "Anna", "NL");
        Family withdrawn = signUp(family, "Bram", "NL");
        assertThat(classOf(optedOut.claimant())).isEqualTo("IN_CLASS MINORS");

        assertThat(mvc.perform(post(optedOut.path() + "/registry")
                                .param("choice", "OPTED_OUT")
                                .param("reference", "GRF-2026-001")
                                .param("reason", "Lijst van de griffie van 1 december")
                                .with(csrf())
                                .with(TestStaff.as(handler)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        withdrawals.recordClaimant(
                withdrawn.registration(),
                withdrawn.claimant(),
                new Withdrawals.Received(WithdrawalChannel.EMAIL, LocalDate.now(clock), "mail 12"),
                new ChangedBy(Actor.staff(handler.id()), null, "mail"));

        assertThat(statusOf(optedOut.claimant())).isEqualTo("REGISTERED");
        assertThat(classOf(optedOut.claimant())).isEqualTo("OUTSIDE OPTED_OUT");
        assertThat(statusOf(withdrawn.claimant())).isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("select kind || ' ' || detail from registration_event where claimant_id = ?"
                                + " and kind like 'REGISTRY%'")
                        .param(optedOut.claimant())
                        .query(String.class)
                        .list())
                .containsExactly("REGISTRY_OPTED_OUT GRF-2026-001");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'claimant.registry-choice-recorded'"
                                + " and subject_id = ?")
                        .param(optedOut.claimant().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertThat(figures.classCounts(campaign.id()))
                .containsExactly(new ClassCount(ClassStatus.OUTSIDE, null, "OPTED_OUT", 1));

        String classList = csv(
                get("/backoffice/campaigns/" + campaign.slug() + "/class.csv"),
                TestStaff.create(jdbc, StaffRole.ADMIN));
        assertThat(classList)
                .contains("Anna")
                .contains("Opt-out")
                .contains("GRF-2026-001")
                .doesNotContain("Bram");

        String claimants = csv(get("/backoffice/participants/claimants.csv").param("q", family), handler);
        List<String> lines = claimants.lines().toList();
        assertThat(lines.stream()
                        .filter(line -> line.contains("Anna"))
                        .findFirst()
                        .orElseThrow())
                .contains("Opt-out")
                .doesNotContain("Opgezegd");
        assertThat(lines.stream()
                        .filter(line -> line.contains("Bram"))
                        .findFirst()
                        .orElseThrow())
                .doesNotContain("Opt-out");
    }

    @Test
    void anOptInBringsAResidentAbroadIntoTheClassAndAnOptOutTakesThemOut() {
        publication.publish(
                campaign,
                TestClassVersions.court(List.of(TestClassVersions.MINORS), ResidenceRegime.OPT_IN, true),
                Actor.staff("admin"),
                null);
        Family abroad = signUp("Buitenland" + Unique.letters(8), "Cas", "BE");
        assertThat(classOf(abroad.claimant())).isEqualTo("OUTSIDE NOT_OPTED_IN");
        ChangedBy by = new ChangedBy(Actor.staff(handler.id()), null, "griffie");

        choices.record(abroad.registration(), abroad.claimant(), RegistryChoice.OPTED_IN, "GRF-IN-1", by);
        assertThat(classOf(abroad.claimant())).isEqualTo("IN_CLASS MINORS");
        assertThat(choices.record(abroad.registration(), abroad.claimant(), RegistryChoice.OPTED_IN, "GRF-IN-1", by))
                .as("the same report again changes nothing")
                .isFalse();

        choices.record(abroad.registration(), abroad.claimant(), RegistryChoice.OPTED_OUT, "GRF-OUT-1", by);
        assertThat(classOf(abroad.claimant())).isEqualTo("OUTSIDE OPTED_OUT");
        assertThat(statusOf(abroad.claimant())).isEqualTo("REGISTERED");
    }

    @Test
    void aRefusedReportKeepsWhatWasTypedAndChangesNothing() throws Exception {
        publication.publish(campaign, TestClassVersions.minorsAndAdultsInTheNetherlands(), Actor.staff("admin"), null);
        Family family = signUp("Leeg" + Unique.letters(8), "Dirk", "NL");

        String body = mvc.perform(post(family.path() + "/registry")
                        .param("choice", "OPTED_OUT")
                        .param("reference", "")
                        .param("reason", "getypt")
                        .with(csrf())
                        .with(TestStaff.as(handler)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(body);
        assertThat(page.select("#reference-error").text()).contains("kenmerk van de griffie");
        assertThat(page.select("input[name=choice][value=OPTED_OUT]").attr("checked"))
                .isNotNull();
        assertThat(page.select("input[name=choice][value=OPTED_OUT]").hasAttr("checked"))
                .isTrue();
        assertThat(page.select("[name=reason]").text()
                        + page.select("[name=reason]").val())
                .contains("getypt");
        assertThat(classOf(family.claimant())).isEqualTo("IN_CLASS MINORS");
    }

    @Test
    void aListIsPreviewedThenImportedOnceAndReportsItsUnmatchedLines() throws Exception {
        publication.publish(campaign, TestClassVersions.minorsAndAdultsInTheNetherlands(), Actor.staff("admin"), null);
        String family = "Lijst" + Unique.letters(8);
        Family anna = signUp(family, "Anna", "NL");
        String twins = "Tweeling" + Unique.letters(8);
        signUp(twins, "Eva", "NL");
        signUp(twins, "Eva", "NL");
        String csv = "\uFEFFregistry_reference;choice;last_name;date_of_birth;postcode\r\n"
                + "GRF-1;opt-out;" + family + ";" + born + ";1000aa\r\n"
                + "GRF-2;opt-out;Niemand" + Unique.letters(6) + ";" + born + ";1000 AA\r\n"
                + "GRF-3;opt-out;" + twins + ";" + born + ";1000 AA\r\n";

        String listPath = mvc.perform(multipart("/backoffice/registry")
                        .file(new MockMultipartFile(
                                "file", "griffie.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("campaign", campaign.slug())
                        .with(csrf())
                        .with(TestStaff.as(handler)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(listPath).startsWith("/backoffice/registry/");

        Document preview = page(listPath);
        assertThat(preview.select(".registry-summary").text())
                .isEqualTo("1 regels horen bij een deelnemer, 2 regels niet.");
        assertThat(preview.select("#matched ~ .table-scroll tbody tr").text())
                .contains("GRF-1")
                .contains("Anna");
        assertThat(preview.select("#unmatched + .table-scroll tbody tr").eachText())
                .containsExactly(
                        "3 GRF-2 | opt-out | " + unmatchedName(csv) + " | " + born
                                + " | 1000 AA Geen deelnemer met deze achternaam, geboortedatum en postcode of registratienummer.",
                        "4 GRF-3 | opt-out | " + twins + " | " + born
                                + " | 1000 AA Meer dan een deelnemer past bij deze regel.");
        assertThat(classOf(anna.claimant())).as("a preview changes nothing").isEqualTo("IN_CLASS MINORS");

        for (int click = 0; click < 2; click++) {
            mvc.perform(post(listPath).with(csrf()).with(TestStaff.as(handler)));
        }

        assertThat(classOf(anna.claimant())).isEqualTo("OUTSIDE OPTED_OUT");
        assertThat(jdbc.sql(
                                "select count(*) from registration_event where claimant_id = ? and kind = 'REGISTRY_OPTED_OUT'")
                        .param(anna.claimant())
                        .query(Long.class)
                        .single())
                .as("imported once, however often the button is pressed")
                .isEqualTo(1);
        Document report = page(listPath);
        assertThat(report.select("h1").text()).isEqualTo("Verslag van de lijst van de griffie");
        assertThat(report.select(".registry-summary").text())
                .isEqualTo("1 regels zijn vastgelegd. 2 regels horen bij niemand: zoek die zelf uit.");
        assertThat(report.select("form"))
                .as("no second import")
                .noneMatch(form -> form.attr("action").equals(listPath));
    }

    @Test
    void aListWithoutTheColumnsIsRefusedOnTheForm() throws Exception {
        String body = mvc.perform(multipart("/backoffice/registry")
                        .file(new MockMultipartFile(
                                "file", "x.csv", "text/csv", "naam,datum\nA,B\n".getBytes(StandardCharsets.UTF_8)))
                        .param("campaign", campaign.slug())
                        .with(csrf())
                        .with(TestStaff.as(handler)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(body).select("#file-error").text()).contains("registry_reference");
        assertThat(Jsoup.parse(body)
                        .select("select[name=campaign] option[selected]")
                        .val())
                .isEqualTo(campaign.slug());
    }

    private static String unmatchedName(String csv) {
        return csv.lines().toList().get(2).split(";")[2];
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(TestStaff.as(handler)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private String csv(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, StaffMember as)
            throws Exception {
        return new String(
                mvc.perform(request.with(TestStaff.as(as)))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    private record Family(UUID registration, UUID claimant) {
        String path() {
            return "/backoffice/files/" + registration + "/claimants/" + claimant;
        }
    }

    private Family signUp(String lastName, String child, String country) {
        String email = Unique.email("griffie");
        signUps.submit(new SignUp(
                campaign,
                RegistrationKind.CHILDREN,
                new Registrant(
                        "Eva",
                        lastName,
                        EmailAddress.parse(email).orElseThrow(),
                        LocalDate.of(1980, 5, 6),
                        "1000 AA",
                        country),
                List.of(new ClaimantEntry(ClaimantKind.CHILD, child, lastName, born, USE, true)),
                Language.NL,
                UUID.randomUUID()));
        return jdbc.sql("select r.id, c.id from registration r join claimant c on c.registration_id = r.id"
                        + " where r.email = ?")
                .param(email)
                .query((rs, row) -> new Family(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .single();
    }

    private String classOf(UUID claimant) {
        return jdbc.sql("select status || ' ' || coalesce(sub_class, detail) from claimant_class where claimant_id = ?")
                .param(claimant)
                .query(String.class)
                .single();
    }

    private String statusOf(UUID claimant) {
        return jdbc.sql("select status from claimant where id = ?")
                .param(claimant)
                .query(String.class)
                .single();
    }
}
