package nl.claimdesk.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.Dossiers.Dossier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A claimant's bank account entered in Mijn dossier and confirmed with the mailed link, as a parent does it. */
public final class TestBankAccounts {

    private static final String PAGE = "/dossier/bank-details/";

    /** The subject of the mail that confirms an account. */
    private static final String CONFIRMATION = "Bevestig je rekeningnummer";

    private TestBankAccounts() {}

    /** Enters {@code iban} for the claimant with this first name, in the claimant's name, and confirms it. */
    public static UUID confirmed(JdbcClient jdbc, Dossier parent, String firstName, String iban, String holderName) {
        UUID claimant = parent.claimant(firstName);
        int mailsBefore =
                TestMailServer.withSubject(parent.email(), CONFIRMATION).size();
        parent.client().get(PAGE + claimant);
        assertThat(parent.client()
                        .post(PAGE + claimant, "holder", "CLAIMANT", "iban", iban, "holderName", holderName)
                        .statusCode())
                .isEqualTo(302);
        String link = TestMailServer.linkPath(
                TestMailServer.awaitMails(parent.email(), CONFIRMATION, mailsBefore + 1)
                        .getLast(),
                PAGE + "confirm/");
        parent.client().get(link);
        assertThat(parent.client().post(link).statusCode()).isEqualTo(302);
        return jdbc.sql("select id from bank_account where claimant_id = ? and state = 'CONFIRMED'")
                .param(claimant)
                .query(UUID.class)
                .single();
    }
}
