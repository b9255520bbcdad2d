package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two parents can register the same child. The second registration is accepted, but the child is recognised by
 * name (whatever the case, accents or spacing) and date of birth, counted once, and sent to the back office's review
 * list with the reason.
 */
@ServerTest
class DuplicateChildTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private StoredSignUps stored;
    private String familyName;
    private Ages.Birth emile;

    @BeforeEach
    void aFamilyNobodyElseRegisters() {
        stored = new StoredSignUps(jdbc);
        familyName = "van der " + Unique.letters(10);
        emile = Ages.childBornYearsAgo(clock, 15);
    }

    @Test
    void theSameChildRegisteredByASecondParentIsStoredAndSentToReview() {
        String mother = Unique.email("mother");
        String father = Unique.email("father");
        signUp(mother, child("Émile", familyName, emile, 8));
        String typedWithZeros = "%02d-%02d-%d"
                .formatted(
                        emile.date().getDayOfMonth(),
                        emile.date().getMonthValue(),
                        emile.date().getYear());
        signUp(
                father,
                child(
                        "  emile ",
                        "  Van  Der " + lastWord().toUpperCase(Locale.ROOT),
                        typedWithZeros,
                        emile.yearAtAge(9),
                        ""));

        StoredSignUps.Claimant first = onlyClaimant(mother);
        StoredSignUps.Claimant second = onlyClaimant(father);
        assertThat(stored.registrations(father))
                .as("the second registration is stored")
                .hasSize(1);
        assertThat(first.status()).isEqualTo("REGISTERED");
        assertThat(second.status()).isEqualTo("UNDER_REVIEW");
        assertThat(reviews(second.id())).containsExactly(new Review(first.id(), "SAME_NAME_AND_BIRTH_DATE"));
        assertThat(identitiesOf(first, second)).containsExactly(first.id());
    }

    @Test
    void aChildWithTheSameNameButAnotherDateOfBirthIsAnotherChild() {
        String mother = Unique.email("mother");
        String neighbour = Unique.email("neighbour");
        signUp(mother, child("Émile", familyName, emile, 8));
        signUp(neighbour, child("Émile", familyName, new Ages.Birth(emile.date().plusDays(1)), 8));

        StoredSignUps.Claimant first = onlyClaimant(mother);
        StoredSignUps.Claimant other = onlyClaimant(neighbour);
        assertThat(other.status()).isEqualTo("REGISTERED");
        assertThat(reviews(other.id())).isEmpty();
        assertThat(identitiesOf(first, other)).containsExactlyInAnyOrder(first.id(), other.id());
    }

    private String lastWord() {
        return familyName.substring(familyName.lastIndexOf(' ') + 1);
    }

    private void signUp(String email, Funnel.Child child) {
        new Funnel(new SiteClient(port), "tiktok").signUpChildren(email, child);
    }

    private StoredSignUps.Claimant onlyClaimant(String email) {
        List<StoredSignUps.Claimant> claimants = stored.claimants(email);
        assertThat(claimants).as("claimants registered by %s", email).hasSize(1);
        return claimants.getFirst();
    }

    private List<Review> reviews(UUID claimant) {
        return jdbc.sql("select duplicate_of, reason from duplicate_review where claimant_id = ?")
                .param(claimant)
                .query((rs, row) -> new Review(rs.getObject("duplicate_of", UUID.class), rs.getString("reason")))
                .list();
    }

    /** The claimants that hold an identity in the campaign, among the given ones: the ones counted. */
    private List<UUID> identitiesOf(StoredSignUps.Claimant... claimants) {
        List<UUID> counted = new ArrayList<>();
        for (StoredSignUps.Claimant claimant : claimants) {
            counted.addAll(jdbc.sql("select claimant_id from claimant_identity where identity_key = ?")
                    .param(claimant.identityKey())
                    .query(UUID.class)
                    .list());
        }
        return counted.stream().distinct().toList();
    }

    private record Review(UUID duplicateOf, String reason) {}
}
