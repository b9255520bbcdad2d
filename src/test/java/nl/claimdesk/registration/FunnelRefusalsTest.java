package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static nl.claimdesk.registration.Funnel.expectRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every refusal in the funnel is a normal page (200) that says what is wrong next to the field, in the summary at
 * the top, and what to do instead; everything typed is still in the form; and nothing is stored, not even when the
 * refused draft is sent anyway.
 */
@ServerTest
class FunnelRefusalsTest {

    private static final String DETAILS = "/nl/tiktok/aanmelden/gegevens";
    private static final String CHILDREN = "/nl/tiktok/aanmelden/kinderen";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    // The funnel judges ages by the application's clock, in the claim's time zone.
    @Autowired
    Clock clock;

    private LocalDate today;
    private Funnel funnel;
    private String email;

    @BeforeEach
    void aVisitor() {
        today = LocalDate.now(clock);
        funnel = new Funnel(new SiteClient(port), "tiktok");
        email = Unique.email("refused");
    }

    @Test
    void aRegistrantOneDayShortOf18IsToldToAskAParent() {
        LocalDate birth = today.minusYears(18).plusDays(1);

        Document page = refused(funnel.startWith(
                "CHILDREN",
                "email",
                email,
                "birthDay",
                day(birth),
                "birthMonth",
                month(birth),
                "birthYear",
                year(birth)));

        assertMessageNextTo(page, "birth", "18 jaar of ouder", "ouder of voogd");
        assertKept(
                page,
                Map.of(
                        "firstName",
                        "Anna",
                        "email",
                        email,
                        "postcode",
                        "1234 AB",
                        "birth-day",
                        day(birth),
                        "birth-month",
                        month(birth),
                        "birth-year",
                        year(birth)));
        assertNothingStoredWhenSentAnyway(DETAILS);
    }

    @Test
    void aChildWhoIsAlready18IsToldToSignUpThemself() {
        LocalDate birth = today.minusYears(18);
        expectRedirect(funnel.start("CHILDREN", email));

        Document page = refused(funnel.children(child("Daan", "de Vries", new Ages.Birth(birth), 1)));

        assertMessageNextTo(page, "child-0-birth", "Daan is 18 jaar of ouder", "zelf aanmelden");
        assertKept(
                page,
                Map.of(
                        "child-0-firstName",
                        "Daan",
                        "child-0-lastName",
                        "de Vries",
                        "child-0-startYear",
                        Integer.toString(birth.getYear() + 1),
                        "child-0-birth-day",
                        day(birth),
                        "child-0-birth-month",
                        month(birth),
                        "child-0-birth-year",
                        year(birth)));
        assertNothingStoredWhenSentAnyway(CHILDREN);
    }

    @Test
    void useThatEndedBeforeTheReferenceDateIsRefusedWithTheDate() {
        expectRedirect(funnel.start("CHILDREN", email));

        // A child of 17 born before 2018 (so until 2035) who stopped in the year of birth: before 25 May 2018.
        Ages.Birth lotte = Ages.childBornYearsAgo(clock, 17);
        Document page = refused(funnel.children(child("Lotte", "de Vries", lotte, 0, 0)));

        Element message = page.selectFirst("#child-0 #child-0-use");
        assertThat(message).as("the message inside the child's fieldset").isNotNull();
        assertThat(message.text()).contains("25 mei 2018");
        assertThat(page.select(".error-summary a[href=#child-0-use]").text()).contains("25 mei 2018");
        assertKept(
                page,
                Map.of(
                        "child-0-firstName",
                        "Lotte",
                        "child-0-startYear",
                        lotte.year(),
                        "child-0-endYear",
                        lotte.year()));
        assertThat(page.select("#child-0-stillUsing-no").hasAttr("checked")).isTrue();
        assertNothingStoredWhenSentAnyway(CHILDREN);
    }

    @Test
    void anInvalidAddressIsRefusedWithAnExample() {
        String typed = "anna@voorbeeld";

        Document page = refused(funnel.startWith("CHILDREN", "email", typed));

        assertMessageNextTo(page, "email", "naam@voorbeeld.nl");
        assertKept(page, Map.of("email", typed, "firstName", "Anna", "birth-year", "1985"));
        assertNothingStoredWhenSentAnyway(DETAILS);
        new StoredSignUps(jdbc).assertNothingStored(typed);
    }

    @Test
    void emptyFieldsAreEachNamedAndTheRestIsKept() {
        Document page =
                refused(funnel.startWith("CHILDREN", "email", email, "firstName", "", "lastName", " ", "postcode", ""));

        assertMessageNextTo(page, "firstName", "Vul de voornaam in");
        assertMessageNextTo(page, "lastName", "Vul de achternaam in");
        assertMessageNextTo(page, "postcode", "Vul je postcode in");
        assertThat(page.getElementById("email-error")).isNull();
        assertKept(page, Map.of("email", email, "birth-day", "3", "birth-month", "4", "birth-year", "1985"));
        assertThat(page.select("#country option[selected]").val()).isEqualTo("NL");
        assertNothingStoredWhenSentAnyway(DETAILS);
    }

    @Test
    void aNameLongerThanAnyFieldIsRefusedWithItsLimitAndTheSummaryFollowsTheFields() {
        Document page = refused(funnel.startWith(
                "CHILDREN",
                "firstName",
                "a".repeat(600),
                "email",
                "anna@",
                "birthDay",
                "31",
                "birthMonth",
                "2",
                "postcode",
                ""));

        assertMessageNextTo(page, "firstName", "hoogstens 100 tekens");
        assertMessageNextTo(page, "birth", "Deze datum bestaat niet");
        assertThat(page.getElementById("firstName").val())
                .as("a field is cut at 500 characters while it is read, as it always was")
                .isEqualTo("a".repeat(500));
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#firstName", "#email", "#birth", "#postcode");
        assertNothingStoredWhenSentAnyway(DETAILS);
    }

    private static Document refused(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("a refusal is a page, not a redirect or an error")
                .isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** The message is in the field's own block, tied to it for screen readers, and in the summary at the top. */
    private static void assertMessageNextTo(Document page, String field, String... phrases) {
        Element message = page.getElementById(field + "-error");
        assertThat(message).as("message for %s", field).isNotNull();
        assertThat(message.text()).contains(phrases);
        assertThat(message.selectFirst(".visually-hidden").text())
                .as("the hidden prefix a screen reader reads first is in the page's language")
                .isEqualTo("Fout:");
        assertThat(page.getElementById(field).attr("aria-describedby")).contains(field + "-error");
        assertThat(page.select(".error-summary a[href=#" + field + "]").text()).contains(phrases);
    }

    private static void assertKept(Document page, Map<String, String> typed) {
        typed.forEach((id, value) -> {
            Element input = page.getElementById(id);
            assertThat(input).as("input %s", id).isNotNull();
            assertThat(input.val()).as("input %s", id).isEqualTo(value);
        });
    }

    /** Sending the refused draft anyway leads back to the page with the problem, and stores nothing. */
    private void assertNothingStoredWhenSentAnyway(String problemPage) {
        HttpResponse<String> sent = expectRedirect(funnel.send());
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith(problemPage));
        new StoredSignUps(jdbc).assertNothingStored(email);
    }

    private static String day(LocalDate date) {
        return Integer.toString(date.getDayOfMonth());
    }

    private static String month(LocalDate date) {
        return Integer.toString(date.getMonthValue());
    }

    private static String year(LocalDate date) {
        return Integer.toString(date.getYear());
    }
}
