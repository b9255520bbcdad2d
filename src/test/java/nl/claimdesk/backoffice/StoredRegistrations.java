package nl.claimdesk.backoffice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import nl.claimdesk.Unique;
import nl.claimdesk.campaign.CampaignId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registrations written straight into the tables, at the times and in the states a figures test needs (the funnel
 * only signs up now, and reaching every state through it would take a page of steps each).
 */
final class StoredRegistrations {

    private final JdbcClient jdbc;
    private final CampaignId campaign;

    StoredRegistrations(JdbcClient jdbc, CampaignId campaign) {
        this.jdbc = jdbc;
        this.campaign = campaign;
    }

    /** A registrant: their name, address and date of birth, so a test can look for them on a page. */
    record Person(String firstName, String lastName, String email, LocalDate dateOfBirth) {

        static Person unique() {
            String letters = Unique.letters(10);
            return new Person(
                    "Voornaam" + letters, "Achternaam" + letters, Unique.email("dash"), LocalDate.of(1979, 3, 17));
        }
    }

    /**
     * A registration of {@code kind} made at {@code at}; confirmed or not, withdrawn or not.
     *
     * @return its id
     */
    UUID registration(Person person, String kind, OffsetDateTime at, boolean confirmed, boolean withdrawn) {
        UUID account = UUID.randomUUID();
        jdbc.sql("insert into account (id, email, email_normalised, language, created_at) values (?, ?, ?, 'nl', ?)")
                .params(account, person.email(), person.email().toLowerCase(Locale.ROOT), at)
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registration (id, reference, campaign_id, account_id, kind, first_name, last_name,
                            date_of_birth, postcode, country, language, privacy_acknowledged_at, idempotency_key,
                            created_at, verified_at, withdrawn_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, '1234 AB', 'NL', 'nl', ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        Unique.letters(12).toUpperCase(Locale.ROOT),
                        campaign.value(),
                        account,
                        kind,
                        person.firstName(),
                        person.lastName(),
                        person.dateOfBirth(),
                        at,
                        UUID.randomUUID(),
                        at,
                        confirmed ? at.plusMinutes(5) : null,
                        withdrawn ? at.plusDays(1) : null)
                .update();
        return id;
    }

    /**
     * A claimant of {@code registration}, of {@code kind} (CHILD or SELF) in {@code status}, with the agreement
     * accepted or not.
     *
     * @return its id
     */
    UUID claimant(UUID registration, Person person, String kind, String status, boolean agreementAccepted) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        insert into claimant (id, registration_id, position, kind, first_name, last_name, date_of_birth,
                            use_started_year, parental_authority_declared, status, identity_key, created_at,
                            participation_completed_at, registration_created_at)
                        values (?, ?, 0, ?, ?, ?, ?, 2019, true, ?, ?, ?, ?,
                            (select r.created_at from registration r where r.id = ?))""")
                .params(
                        id,
                        registration,
                        kind,
                        person.firstName(),
                        person.lastName(),
                        person.dateOfBirth(),
                        status,
                        UUID.randomUUID().toString(),
                        now,
                        agreementAccepted ? now : null,
                        registration)
                .update();
        return id;
    }

    /** Sends {@code claimant} to duplicate review as a possible second registration of {@code first}. */
    void review(UUID claimant, UUID first, @Nullable OffsetDateTime resolvedAt) {
        jdbc.sql("""
                        insert into duplicate_review (id, claimant_id, duplicate_of, reason, created_at, resolved_at)
                        values (?, ?, ?, 'SAME_NAME_AND_BIRTH_DATE', ?, ?)""")
                .params(UUID.randomUUID(), claimant, first, OffsetDateTime.now(), resolvedAt)
                .update();
    }
}
