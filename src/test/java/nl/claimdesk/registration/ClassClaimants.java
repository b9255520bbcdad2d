package nl.claimdesk.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import nl.claimdesk.Unique;
import nl.claimdesk.campaign.CampaignId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registrations and claimants written straight into the tables, with exactly the facts a class test needs. */
public final class ClassClaimants {

    private final JdbcClient jdbc;
    private final CampaignId campaign;

    public ClassClaimants(JdbcClient jdbc, CampaignId campaign) {
        this.jdbc = jdbc;
        this.campaign = campaign;
    }

    /** A confirmed registration from {@code country}, with an account of its own; returns its id. */
    public UUID registration(String country) {
        OffsetDateTime at = OffsetDateTime.now();
        UUID account = UUID.randomUUID();
        String email = Unique.email("class");
        jdbc.sql("insert into account (id, email, email_normalised, language, created_at) values (?, ?, ?, 'nl', ?)")
                .params(account, email, email.toLowerCase(Locale.ROOT), at)
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registration (id, reference, campaign_id, account_id, kind, first_name, last_name,
                            date_of_birth, postcode, country, language, privacy_acknowledged_at, idempotency_key,
                            created_at, verified_at, email)
                        values (?, ?, ?, ?, 'CHILDREN', 'Ouder', 'Klasse', ?, '1234 AB', ?, 'nl', ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        Unique.letters(12).toUpperCase(Locale.ROOT),
                        campaign.value(),
                        account,
                        LocalDate.of(1980, 1, 1),
                        country,
                        at,
                        UUID.randomUUID(),
                        at,
                        at,
                        email)
                .update();
        return id;
    }

    /** A registered child of {@code registration}, its use known in years; returns its id. */
    public UUID claimant(UUID registration, String firstName, LocalDate born, int from, @Nullable Integer until) {
        return claimant(registration, firstName, born, from, null, until, null, null);
    }

    /** A registered child of {@code registration}, with the months and residence where known; returns its id. */
    public UUID claimant(
            UUID registration,
            String firstName,
            LocalDate born,
            int from,
            @Nullable Integer fromMonth,
            @Nullable Integer until,
            @Nullable Integer untilMonth,
            @Nullable String residence) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into claimant (id, registration_id, position, kind, first_name, last_name, date_of_birth,
                            use_started_year, use_started_month, use_ended_year, use_ended_month, residence_country,
                            parental_authority_declared, status, identity_key, created_at, registration_created_at)
                        values (?, ?, 0, 'CHILD', ?, 'Klasse', ?, ?, ?, ?, ?, ?, true, 'REGISTERED', ?, ?,
                            (select r.created_at from registration r where r.id = ?))""")
                .params(
                        id,
                        registration,
                        firstName,
                        born,
                        from,
                        fromMonth,
                        until,
                        untilMonth,
                        residence,
                        UUID.randomUUID().toString(),
                        OffsetDateTime.now(),
                        registration)
                .update();
        return id;
    }
}
