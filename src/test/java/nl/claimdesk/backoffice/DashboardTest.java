package nl.claimdesk.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.claimdesk.Ages;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.Unique;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.backoffice.StoredRegistrations.Person;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.email.UndeliverableAddresses;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.ClaimantStatus;
import nl.claimdesk.registration.RegistrationFigures;
import nl.claimdesk.registration.RegistrationState;
import nl.claimdesk.registration.RegistrationTotals;
import nl.claimdesk.registration.internal.classification.ClassPublication;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.HtmlChecker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's figures for a campaign of the test's own with a known set of sign-ups: six registrations over
 * six weeks in every state, with children, a registrant claiming for themself and supporters.
 */
@IntegrationTest
class DashboardTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RegistrationFigures figures;

    @Autowired
    Clock clock;

    @Autowired
    ClassPublication publication;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UndeliverableAddresses undeliverable;

    TestCampaign campaign;
    LocalDate today;
    Person parent;
    Person child;

    @BeforeEach
    void knownSignUps() {
        campaign = TestCampaign.create(context, "dashboard");
        today = LocalDate.now(clock);
        StoredRegistrations stored = new StoredRegistrations(jdbc, campaign.id());
        parent = Person.unique();
        child = new Person(
                "Kind" + parent.firstName(),
                parent.lastName(),
                parent.email(),
                Ages.childBornYearsAgo(clock, 14).date());

        UUID family = stored.registration(parent, "CHILDREN", noonOf(0), true, false);
        UUID firstChild = stored.claimant(family, child, "CHILD", "REGISTERED", true);
        stored.claimant(family, Person.unique(), "CHILD", "REGISTERED", false);

        UUID otherParent = stored.registration(Person.unique(), "CHILDREN", noonOf(2), false, false);
        UUID sameChild = stored.claimant(otherParent, Person.unique(), "CHILD", "UNDER_REVIEW", false);
        stored.review(sameChild, firstChild, null);
        UUID resolved = stored.claimant(otherParent, Person.unique(), "CHILD", "WITHDRAWN", false);
        stored.review(resolved, firstChild, OffsetDateTime.now());

        UUID adult = stored.registration(Person.unique(), "SELF", noonOf(2), true, false);
        stored.claimant(adult, Person.unique(), "SELF", "REGISTERED", true);

        stored.registration(Person.unique(), "SUPPORTER", noonOf(5), true, false);
        stored.registration(Person.unique(), "SUPPORTER", noonOf(5), true, true);

        UUID early = stored.registration(Person.unique(), "CHILDREN", noonOf(40), true, false);
        stored.claimant(early, Person.unique(), "CHILD", "HANDED_OVER", true);
    }

    @Test
    void totalsCountEveryStatusCategoryAndTheCampaign() {
        RegistrationTotals totals = figures.totals(campaign.id());

        assertThat(totals.registrations())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        RegistrationState.UNCONFIRMED, 1L,
                        RegistrationState.CONFIRMED, 4L,
                        RegistrationState.WITHDRAWN, 1L));
        assertThat(totals.claimants())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        ClaimantStatus.REGISTERED, 3L,
                        ClaimantStatus.UNDER_REVIEW, 1L,
                        ClaimantStatus.DUPLICATE, 0L,
                        ClaimantStatus.WITHDRAWN, 1L,
                        ClaimantStatus.HANDED_OVER, 1L));
        assertThat(totals.participationComplete()).isEqualTo(2);
        assertThat(totals.childClaimants()).isEqualTo(2);
        assertThat(totals.selfClaimants()).isEqualTo(1);
        assertThat(totals.supporters()).isEqualTo(1);
        assertThat(totals.openReviews()).isEqualTo(1);
        assertThat(totals.campaigns()).containsExactly(new RegistrationTotals.PerCampaign(campaign.id(), 5, 3, 1));
    }

    @Test
    void signUpsPerDayIncludeTheDaysWithoutAny() {
        List<RegistrationFigures.DayCount> days = figures.perDay(campaign.id(), today.minusDays(29), today, AMSTERDAM);

        assertThat(days).hasSize(30);
        assertThat(days.getFirst().day()).isEqualTo(today.minusDays(29));
        assertThat(days.getLast().day()).isEqualTo(today);
        Map<LocalDate, Long> nonZero = days.stream()
                .filter(day -> day.count() > 0)
                .collect(Collectors.toMap(RegistrationFigures.DayCount::day, RegistrationFigures.DayCount::count));
        assertThat(nonZero)
                .containsExactlyInAnyOrderEntriesOf(Map.of(today, 1L, today.minusDays(2), 2L, today.minusDays(5), 2L));
    }

    @Test
    void aSignUpJustAfterMidnightInAmsterdamCountsOnThatDay() {
        StoredRegistrations stored = new StoredRegistrations(jdbc, campaign.id());
        LocalDate day = today.minusDays(10);
        stored.registration(
                Person.unique(),
                "SUPPORTER",
                day.atTime(0, 15).atZone(AMSTERDAM).toOffsetDateTime(),
                true,
                false);
        stored.registration(
                Person.unique(),
                "SUPPORTER",
                day.atTime(23, 45).atZone(AMSTERDAM).toOffsetDateTime(),
                true,
                false);

        List<RegistrationFigures.DayCount> days =
                figures.perDay(campaign.id(), day.minusDays(1), day.plusDays(1), AMSTERDAM);

        assertThat(days)
                .containsExactly(
                        new RegistrationFigures.DayCount(day.minusDays(1), 0),
                        new RegistrationFigures.DayCount(day, 2),
                        new RegistrationFigures.DayCount(day.plusDays(1), 0));
    }

    @Test
    void thePageShowsTheFiguresAndTheChartWithItsTable() throws Exception {
        String html = page(StaffRole.VIEWER, "?campaign=" + campaign.slug());

        assertThat(html)
                .contains(row("Opgezegd", "1"), row("Bevestigd", "4"), row("E-mailadres nog niet bevestigd", "1"))
                .contains(row("Kind", "2"), row("Gedupeerde zelf (18+)", "1"), row("Ondersteuner", "1"))
                .contains(row("Te beoordelen mogelijk dubbele kinderen", "1"))
                .contains(row("waarvan deelnameovereenkomst getekend", "2"))
                .contains("<th scope=\"row\">" + campaign.name() + "</th>");
        assertThat(html)
                .contains("<svg class=\"chart__svg\"", "<title id=\"signups-title\">", "<desc id=\"signups-desc\">")
                .contains("5 aanmeldingen van " + day(today.minusDays(29)) + " tot en met " + day(today));
        assertThat(Pattern.compile("<rect class=\"chart__bar\"").matcher(html).results())
                .hasSize(30);
        assertThat(html)
                .contains(row(day(today), "1"), row(day(today.minusDays(1)), "0"), row(day(today.minusDays(2)), "2"))
                .contains("<title>" + day(today.minusDays(5)) + ": 2</title>");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
    }

    @Test
    void aViewerSeesTheCampaignsClaimantsByTheirClassOutcome() throws Exception {
        assertThat(page(StaffRole.VIEWER, "?campaign=" + campaign.slug())).contains(row("Nog niet beoordeeld", "4"));
        publication.publish(
                campaigns.bySlug(campaign.slug()).orElseThrow(),
                TestClassVersions.minorsAndAdultsInTheNetherlands(),
                Actor.system("test"),
                null);

        // Another period than before: the dashboard keeps the figures of one scope for a while.
        String html = page(StaffRole.VIEWER, "?campaign=" + campaign.slug() + "&days=90");

        assertThat(html)
                .contains("Gedupeerden naar de groep van de rechter")
                .contains(row("In de groep: Minderjarigen", "1"), row("In de groep: Volwassenen", "3"));
        assertThat(page(StaffRole.VIEWER, "")).doesNotContain("Gedupeerden naar de groep van de rechter");
        assertThat(HtmlChecker.errorsIn(html)).isEmpty();
    }

    @Test
    void everyRoleSeesTheDashboardWithoutAnyonesPersonalData() throws Exception {
        for (StaffRole role : StaffRole.values()) {
            for (String query : List.of("", "?campaign=" + campaign.slug() + "&days=365")) {
                String html = page(role, query);
                assertThat(html).contains("Aanmeldingen per dag");
                for (Person person : List.of(parent, child)) {
                    assertThat(html)
                            .doesNotContain(person.firstName())
                            .doesNotContainIgnoringCase(person.lastName())
                            .doesNotContainIgnoringCase(person.email())
                            .doesNotContain(person.dateOfBirth().toString())
                            .doesNotContain(day(person.dateOfBirth()))
                            .doesNotContain(person.dateOfBirth().format(DateTimeFormatter.ofPattern("d-M-yyyy")));
                }
            }
        }
    }

    @Test
    void anUnknownCampaignOrPeriodShowsAllCampaignsOverThirtyDays() throws Exception {
        String html = page(StaffRole.FINANCE, "?campaign=no-such-campaign&days=7");

        assertThat(html).contains("Alle campagnes, stand van").contains("laatste 30 dagen");
    }

    @Test
    void theWorkFiguresCountTheUndeliverableAddresses() throws Exception {
        undeliverable.mark(Unique.email("dashboard-bounce"), UndeliverableAddresses.Source.BOUNCE, "5.1.1 unknown");
        long marked = undeliverable.count();

        assertThat(page(StaffRole.VIEWER, "?campaign=" + campaign.slug()))
                .contains(row(
                        "Onbestelbare e-mailadressen",
                        NumberFormat.getIntegerInstance(Language.NL.locale()).format(marked)));
    }

    private String page(StaffRole role, String query) throws Exception {
        StaffMember member = TestStaff.create(jdbc, role);
        return mvc.perform(get("/backoffice/dashboard" + query).with(TestStaff.as(member)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private OffsetDateTime noonOf(int daysAgo) {
        return today.minusDays(daysAgo).atTime(12, 0).atZone(AMSTERDAM).toOffsetDateTime();
    }

    private static String day(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }

    private static String row(String label, String count) {
        return "<tr><th scope=\"row\">" + label + "</th><td class=\"figures-table__count\">" + count + "</td></tr>";
    }
}
