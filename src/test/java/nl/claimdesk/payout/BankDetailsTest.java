package nl.claimdesk.payout;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.Funnel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A parent enters the bank account for a child who is owed a share: a wrong check digit is refused next to the
 * field, a good IBAN only counts once the mailed link confirms it, and the IBAN is stored encrypted, shown masked,
 * and never written to the logs or the audit log in clear.
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class BankDetailsTest {

    private static final String IBAN = "NL91ABNA0417164300";
    private static final String PAGE = "/dossier/bank-details";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Test
    void anAccountIsEnteredConfirmedByMailAndShownMasked(CapturedOutput output) {
        Dossier parent = parentOfIris("bankok");
        TestAllocations.publish(jdbc, parent, 12_50, true, "CHILD_OR_PARENT", false);
        UUID iris = parent.claimant("Iris");

        Document overview = Jsoup.parse(parent.client().get(PAGE).body());
        assertThat(overview.select("h2").eachText()).anyMatch(name -> name.startsWith("Iris"));
        parent.client().get(PAGE + "/" + iris);

        HttpResponse<String> refused = parent.client()
                .post(
                        PAGE + "/" + iris,
                        "holder",
                        "PARENT",
                        "iban",
                        "NL92 ABNA 0417 1643 00",
                        "holderName",
                        "A. de Vries");
        assertThat(refused.statusCode()).isEqualTo(200);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.select("#iban-error").text()).contains("waarschijnlijk een cijfer verkeerd getypt");
        assertThat(form.select("#iban").val()).isEqualTo("NL92 ABNA 0417 1643 00");
        assertThat(form.select("#holderName").val()).isEqualTo("A. de Vries");
        assertThat(form.select("#holder-PARENT").hasAttr("checked")).isTrue();

        HttpResponse<String> entered = parent.client()
                .post(
                        PAGE + "/" + iris,
                        "holder",
                        "PARENT",
                        "iban",
                        "nl91 abna 0417 1643 00",
                        "holderName",
                        "A. de Vries");
        assertThat(entered.statusCode()).isEqualTo(302);
        assertThat(states(iris)).containsExactly("UNCONFIRMED");
        assertThat(parent.client().get(PAGE).body()).contains("wacht op je bevestiging");

        String link = TestMailServer.linkPath(
                TestMailServer.awaitMail(parent.email(), "Bevestig je rekeningnummer"), PAGE + "/confirm/");
        assertThat(parent.client().get(link).body()).contains("Rekening bevestigen");
        HttpResponse<String> confirmed = parent.client().post(link);
        assertThat(confirmed.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("done=confirmed"));

        assertThat(states(iris)).containsExactly("CONFIRMED");
        String shown = parent.client().get(PAGE).body();
        assertThat(shown)
                .contains("NL•• •••• •••• •••• 4300")
                .doesNotContain("0417")
                .doesNotContain(IBAN);
        assertThat(parent.client().post(link).body()).contains("Deze link is al gebruikt");

        assertThat(jdbc.sql("select iban_sealed from bank_account where claimant_id = ?")
                        .param(iris)
                        .query(String.class)
                        .single())
                .doesNotContain(IBAN)
                .doesNotContain("0417164300");
        assertThat(auditDetails(iris)).hasSizeGreaterThanOrEqualTo(2).noneMatch(details -> details.contains("0417"));
        assertThat(output.getAll()).doesNotContain(IBAN).doesNotContain("0417 1643");
    }

    @Test
    void aParentsAccountIsRefusedWhereTheSettlementWantsTheChildsOwn() {
        Dossier parent = parentOfIris("bankchild");
        TestAllocations.publish(jdbc, parent, 10_00, true, "CHILD_ONLY", false);
        UUID iris = parent.claimant("Iris");

        Document form = Jsoup.parse(parent.client().get(PAGE + "/" + iris).body());
        assertThat(form.select("input[name=holder]").eachAttr("value")).containsExactly("CLAIMANT");

        parent.client().get(PAGE + "/" + iris);
        HttpResponse<String> refused =
                parent.client().post(PAGE + "/" + iris, "holder", "PARENT", "iban", IBAN, "holderName", "A. de Vries");
        assertThat(Jsoup.parse(refused.body()).select("#holder-error").text()).contains("Kies van wie de rekening is");
        assertThat(states(iris)).isEmpty();
    }

    @Test
    void nobodyElseAndNoClaimantWithoutAShareCanBeGivenAnAccount() {
        Dossier owed = parentOfIris("bankowed");
        TestAllocations.publish(jdbc, owed, 10_00, true, "CHILD_OR_PARENT", false);
        Dossier notOwed = parentOfIris("banknone");

        assertThat(notOwed.client().get(PAGE + "/" + owed.claimant("Iris")).statusCode())
                .isEqualTo(404);
        assertThat(notOwed.client().get(PAGE + "/" + notOwed.claimant("Iris")).statusCode())
                .isEqualTo(404);
        assertThat(notOwed.client().get(PAGE).body()).contains("Er is nog niemand in je dossier");
    }

    @Test
    void aCountryOutsideSepaIsRefused() {
        Dossier parent = parentOfIris("banksa");
        TestAllocations.publish(jdbc, parent, 10_00, true, "CHILD_OR_PARENT", false);
        UUID iris = parent.claimant("Iris");

        parent.client().get(PAGE + "/" + iris);
        HttpResponse<String> refused = parent.client()
                .post(
                        PAGE + "/" + iris,
                        "holder",
                        "CLAIMANT",
                        "iban",
                        "SA03 8000 0000 6080 1016 7519",
                        "holderName",
                        "Iris");

        assertThat(Jsoup.parse(refused.body()).select("#iban-error").text()).contains("SEPA-land");
    }

    private Dossier parentOfIris(String prefix) {
        TestCampaign campaign = TestCampaign.create(context, prefix);
        Ages.Birth born = Ages.childBornYearsAgo(clock, 14);
        int started = born.date().getYear() + 8;
        Funnel.Child iris =
                child("Iris", Dossiers.uniqueLastName("Rekening"), born.dmy(), Integer.toString(started), "");
        return Dossiers.confirmed(port, jdbc, campaign.slug(), Dossiers.uniqueEmail("ouder"), iris);
    }

    private List<String> states(UUID claimant) {
        return jdbc.sql("select state from bank_account where claimant_id = ? order by entered_at")
                .param(claimant)
                .query(String.class)
                .list();
    }

    private List<String> auditDetails(UUID claimant) {
        return jdbc.sql("select coalesce(details, '') from audit_entry where subject_id = ?")
                .param(claimant.toString())
                .query(String.class)
                .list();
    }
}
