package nl.claimdesk.news;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import nl.claimdesk.Unique;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Participants of a test campaign written straight into the tables, the way a finished sign-up leaves them, so that
 * a test can have a few hundred of them in a moment, each in the state it needs: withdrawn, erased, unconfirmed.
 */
public final class Participants {

    private static final LocalDate ADULT_BORN = LocalDate.of(1980, 1, 1);

    private final JdbcClient jdbc;
    private final CampaignId campaign;

    public Participants(JdbcClient jdbc, CampaignId campaign) {
        this.jdbc = jdbc;
        this.campaign = campaign;
    }

    /** A confirmed registrant of children, in Dutch. */
    public Participant add(String name) {
        return add(name, RegistrationKind.CHILDREN, Language.NL, true);
    }

    public Participant add(String name, RegistrationKind kind, Language language, boolean confirmed) {
        String email = Unique.email(name);
        UUID account = Ids.newId();
        UUID registration = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("insert into account (id, email, email_normalised, language, email_verified_at, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(account, email, email.toLowerCase(Locale.ROOT), language.code(), confirmed ? now : null, now)
                .update();
        jdbc.sql("""
                        insert into registration (id, reference, campaign_id, account_id, kind, first_name, last_name,
                            date_of_birth, postcode, country, language, privacy_acknowledged_at, idempotency_key,
                            created_at, verified_at)
                        values (?, ?, ?, ?, ?, ?, 'Tester', ?, '1234AB', 'NL', ?, ?, ?, ?, ?)""")
                .params(
                        registration,
                        Unique.letters(12).toUpperCase(Locale.ROOT),
                        campaign.value(),
                        account,
                        kind.name(),
                        name,
                        ADULT_BORN,
                        language.code(),
                        now,
                        Ids.newId(),
                        now,
                        confirmed ? now : null)
                .update();
        return new Participant(account, registration, email);
    }

    public void withdraw(Participant participant) {
        jdbc.sql("update registration set withdrawn_at = ?, withdrawal_channel = 'DOSSIER' where id = ?")
                .params(OffsetDateTime.now(), participant.registration())
                .update();
    }

    /** As an erasure that keeps the proof leaves it: an address that reaches nobody, an anonymous registration. */
    public void erase(Participant participant) {
        String nowhere = "erased-" + participant.account() + "@invalid";
        jdbc.sql("update account set email = ?, email_normalised = ? where id = ?")
                .params(nowhere, nowhere, participant.account())
                .update();
        jdbc.sql("update registration set withdrawn_at = ?, anonymised_at = ?, first_name = null where id = ?")
                .params(OffsetDateTime.now(), OffsetDateTime.now(), participant.registration())
                .update();
    }

    public record Participant(UUID account, UUID registration, String email) {}
}
