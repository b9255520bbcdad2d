package nl.claimdesk.registration.internal.keys;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.Unique;
import nl.claimdesk.registration.Funnel;
import nl.claimdesk.registration.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registrations stored before the name folding kept "ł" from a capital Ł in their search keys and ø or ł in their
 * identity keys. The migration folds them: the search finds "Łukasz" by "lukasz", and the same child registered by
 * a second adult without the stroke goes to the duplicate review, as it would today.
 */
@ServerTest
class NameFoldingMigrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Test
    void storedKeysAreFoldedAndTheChildRegisteredSecondGoesToReview() throws Exception {
        String family = "Kowalski" + Unique.letters(8);
        Ages.Birth born = Ages.childBornYearsAgo(clock, 13);
        UUID first = signUp(child("Łukasz", family, born, 6));
        UUID second = signUp(child("Lukasz", family, born, 7));
        storedAsBeforeTheFolding(first, second);

        refold();

        assertThat(nameKey(first)).isEqualTo(SearchKeys.fullName("lukasz", family));
        assertThat(identityKey(first)).isEqualTo(identityKey(second));
        assertRecognisedOnceAndReviewed(first, second);
    }

    @Test
    void whenTheFoldedSpellingCameSecondItIsThatOneThatGoesToReview() throws Exception {
        String family = "Nowak" + Unique.letters(8);
        Ages.Birth born = Ages.childBornYearsAgo(clock, 12);
        UUID first = signUp(child("Lukasz", family, born, 6));
        UUID second = signUp(child("Łukasz", family, born, 7));
        // Before the folding, the second was a child of its own, holding the key with the stroke.
        jdbc.sql("delete from duplicate_review where claimant_id = ?")
                .param(second)
                .update();
        jdbc.sql("""
                        update claimant set status = 'REGISTERED', name_key = replace(name_key, 'lukasz', 'łukasz'),
                            identity_key = replace(identity_key, 'lukasz', 'łukasz') where id = ?""").param(second).update();
        claimIdentity(second);

        refold();

        assertRecognisedOnceAndReviewed(first, second);
    }

    private void assertRecognisedOnceAndReviewed(UUID first, UUID second) {
        assertThat(status(first)).isEqualTo("REGISTERED");
        assertThat(status(second)).isEqualTo("UNDER_REVIEW");
        assertThat(jdbc.sql("select duplicate_of from duplicate_review where claimant_id = ?")
                        .param(second)
                        .query(UUID.class)
                        .list())
                .containsExactly(first);
        assertThat(jdbc.sql("select claimant_id from claimant_identity where identity_key = ?")
                        .param(identityKey(first))
                        .query(UUID.class)
                        .list())
                .containsExactly(first);
    }

    private void refold() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            NameFoldingMigration.refold(connection);
            connection.commit();
        }
    }

    @Test
    void keysThatAreAlreadyFoldedStayAsTheyAre() throws Exception {
        UUID child = signUp(child("Sanne", "de Vries" + Unique.letters(8), Ages.childBornYearsAgo(clock, 14), 7));
        String before = identityKey(child);

        refold();

        assertThat(identityKey(child)).isEqualTo(before);
        assertThat(status(child)).isEqualTo("REGISTERED");
    }

    private UUID signUp(Funnel.Child child) {
        String email = Unique.email("parent");
        new Funnel(new SiteClient(port), "tiktok").signUpChildren(email, child);
        return jdbc.sql("""
                        select cl.id from claimant cl join registration r on r.id = cl.registration_id
                        join account a on a.id = r.account_id where a.email_normalised = ?""").param(email).query(UUID.class).single();
    }

    /** The keys as the application stored them before: "ł" kept, and two identities for one child. */
    private void storedAsBeforeTheFolding(UUID first, UUID second) {
        jdbc.sql("""
                        update claimant set name_key = replace(name_key, 'lukasz', 'łukasz'),
                            identity_key = replace(identity_key, 'lukasz', 'łukasz') where id = ?""").param(first).update();
        jdbc.sql("update claimant_identity set identity_key = replace(identity_key, 'lukasz', 'łukasz')"
                        + " where claimant_id = ?")
                .param(first)
                .update();
        jdbc.sql("delete from duplicate_review where claimant_id = ?")
                .param(second)
                .update();
        jdbc.sql("update claimant set status = 'REGISTERED' where id = ?")
                .param(second)
                .update();
        claimIdentity(second);
    }

    private void claimIdentity(UUID claimant) {
        jdbc.sql("""
                        insert into claimant_identity (campaign_id, identity_key, claimant_id)
                        select r.campaign_id, c.identity_key, c.id from claimant c
                        join registration r on r.id = c.registration_id where c.id = ?""").param(claimant).update();
    }

    private String nameKey(UUID claimant) {
        return jdbc.sql("select name_key from claimant where id = ?")
                .param(claimant)
                .query(String.class)
                .single();
    }

    private String identityKey(UUID claimant) {
        return jdbc.sql("select identity_key from claimant where id = ?")
                .param(claimant)
                .query(String.class)
                .single();
    }

    private String status(UUID claimant) {
        return jdbc.sql("select status from claimant where id = ?")
                .param(claimant)
                .query(String.class)
                .single();
    }
}
