package nl.claimdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.claimdesk.email.QueuedMails;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the database holds for an email address, as the sign-up tests check it. */
final class StoredSignUps {

    private final JdbcClient jdbc;

    StoredSignUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long accounts(String email) {
        return jdbc.sql("select count(*) from account where email_normalised = ?")
                .param(normalised(email))
                .query(Long.class)
                .single();
    }

    /** The registrations of the address's account, oldest first, with the slug of their campaign. */
    List<Registration> registrations(String email) {
        return jdbc.sql("""
                        select r.id, c.slug, r.verified_at from registration r
                        join account a on a.id = r.account_id
                        join campaign c on c.id = r.campaign_id
                        where a.email_normalised = ?
                        order by r.created_at""")
                .param(normalised(email))
                .query((rs, row) -> new Registration(
                        rs.getObject("id", UUID.class), rs.getString("slug"), rs.getObject("verified_at") != null))
                .list();
    }

    Registration onlyRegistration(String email) {
        List<Registration> registrations = registrations(email);
        assertThat(registrations).as("registrations of %s", email).hasSize(1);
        return registrations.getFirst();
    }

    /** The claimants registered by the address, in the order they were typed. */
    List<Claimant> claimants(String email) {
        return jdbc.sql("""
                        select cl.id, cl.status, cl.identity_key from claimant cl
                        join registration r on r.id = cl.registration_id
                        join account a on a.id = r.account_id
                        where a.email_normalised = ?
                        order by r.created_at, cl.position""")
                .param(normalised(email))
                .query((rs, row) -> new Claimant(
                        rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("identity_key")))
                .list();
    }

    /** How many mails the outbox holds for the address, sent or not. */
    long mailsQueued(String email) {
        return new QueuedMails(jdbc).to(normalised(email));
    }

    void assertNothingStored(String email) {
        assertThat(accounts(email)).as("accounts of %s", email).isZero();
        assertThat(registrations(email)).as("registrations of %s", email).isEmpty();
        assertThat(mailsQueued(email)).as("mails to %s", email).isZero();
    }

    private static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    record Registration(UUID id, String campaign, boolean verified) {}

    record Claimant(UUID id, String status, String identityKey) {}
}
