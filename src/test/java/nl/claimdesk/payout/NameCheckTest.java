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
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.payout.internal.bank.BankAccounts;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finance records the bank's name check; a no-match holds the account out of payment until a case handler, and not
 * finance, releases it. Every step is in the audit log, with the IBAN masked.
 */
@ServerTest
class NameCheckTest {

    private static final String IBAN = "DE89370400440532013000";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    BankAccounts accounts;

    @Autowired
    Clock clock;

    @Test
    void aNoMatchHoldsTheAccountUntilACaseHandlerReleasesIt() {
        Ages.Birth born = Ages.childBornYearsAgo(clock, 15);
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                TestCampaign.create(context, "namecheck").slug(),
                Dossiers.uniqueEmail("ouder"),
                child(
                        "Mila",
                        Dossiers.uniqueLastName("Naam"),
                        born.dmy(),
                        Integer.toString(born.date().getYear() + 9),
                        ""));
        TestAllocations.publish(jdbc, parent, 20_00, true, "CHILD_ONLY", false);
        UUID account = TestBankAccounts.confirmed(jdbc, parent, "Mila", IBAN, "Mila Naam");
        assertThat(accounts.find(account).orElseThrow().payable()).isTrue();
        String path = "/backoffice/bank-accounts/" + account;

        SiteClient finance = TestStaff.logIn(port, TestStaff.enrolled(jdbc, StaffRole.FINANCE));
        assertThat(finance.get("/backoffice/bank-accounts").body()).contains("DE•• •••• •••• •••• •••• 3000");
        finance.get(path);
        HttpResponse<String> noReason = finance.post(path, "result", "NO_MATCH", "reason", " ");
        assertThat(Jsoup.parse(noReason.body()).select("#reason-error").text()).isNotBlank();
        assertThat(accounts.find(account).orElseThrow().nameCheck()).isNull();

        assertThat(finance.post(path, "result", "NO_MATCH", "reason", "VoP: naam wijkt af")
                        .statusCode())
                .isEqualTo(302);
        assertThat(accounts.find(account).orElseThrow().payable()).isFalse();
        finance.get(path);
        assertThat(finance.post(path, "result", "RELEASE", "reason", "zelf nagekeken")
                        .statusCode())
                .isEqualTo(403);
        assertThat(accounts.find(account).orElseThrow().payable()).isFalse();

        SiteClient caseHandler = TestStaff.logIn(port, TestStaff.enrolled(jdbc, StaffRole.CASE_HANDLER));
        assertThat(caseHandler.get(path).body()).contains("Toch vrijgeven");
        assertThat(caseHandler
                        .post(path, "result", "RELEASE", "reason", "Bankafschrift gezien")
                        .statusCode())
                .isEqualTo(302);
        assertThat(accounts.find(account).orElseThrow().payable()).isTrue();

        List<String> audited = jdbc.sql("""
                        select action || ' ' || coalesce(details, '') from audit_entry
                        where subject_id = ? and action like 'bank-account%' order by occurred_at""")
                .param(parent.claimant("Mila").toString())
                .query(String.class)
                .list();
        assertThat(audited)
                .anyMatch(line -> line.startsWith("bank-account.name-checked") && line.contains("NO_MATCH"))
                .anyMatch(line -> line.startsWith("bank-account.name-check-resolved"))
                .noneMatch(line -> line.contains("0532013000"));
    }
}
