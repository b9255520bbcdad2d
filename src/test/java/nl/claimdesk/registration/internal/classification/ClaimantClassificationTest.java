package nl.claimdesk.registration.internal.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.Unique;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.TestCampaigns;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.campaign.internal.CampaignImporter;
import nl.claimdesk.registration.ClaimantKind;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.eligibility.UsePeriod;
import nl.claimdesk.registration.internal.ChangedBy;
import nl.claimdesk.registration.internal.ClaimantEntry;
import nl.claimdesk.registration.internal.Registrant;
import nl.claimdesk.registration.internal.RegistrationChanges;
import nl.claimdesk.registration.internal.RegistrationStore;
import nl.claimdesk.registration.internal.SignUp;
import nl.claimdesk.registration.signup.SignUps;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A claimant written between publications is classified at once under the current version, exactly as a
 * publication would: publishing that version again changes nothing and tells nobody.
 */
@IntegrationTest
class ClaimantClassificationTest {

    private static final ClassVersionDraft COURT = TestClassVersions.minorsAndAdultsInTheNetherlands();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CampaignImporter importer;

    @Autowired
    CampaignSites sites;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ClassPublication publication;

    @Autowired
    ClassNotices notices;

    @Autowired
    SignUps signUps;

    @Autowired
    RegistrationChanges changes;

    @Autowired
    RegistrationStore store;

    private final String lastName = "Klasse" + Unique.letters(6);

    CampaignSummary campaign;

    @BeforeEach
    void campaign() {
        String slug = TestCampaigns.uniqueSlug("classify");
        importer.importDefinition(TestCampaigns.minimal(slug));
        sites.reload();
        campaign = campaigns.bySlug(slug).orElseThrow();
    }

    @Test
    void aSignUpAndACorrectionAreClassifiedAsAPublicationOfTheSameVersionWould() {
        publication.publish(campaign, COURT, Actor.staff("admin"), null);
        UUID registration = signUp("NL", new UsePeriod(2019, 2020));
        jdbc.sql("update registration set verified_at = created_at where id = ?")
                .param(registration)
                .update();
        UUID anna = onlyClaimant(registration).id();

        assertThat(status(anna)).isEqualTo("IN_CLASS MINORS 1");
        assertThat(history(anna)).containsExactly("CLASS_IN_CLASS MINORS");

        correctUse(registration, new UsePeriod(2023, null));

        assertThat(status(anna)).isEqualTo("OUTSIDE USE_OUTSIDE_PERIOD 1");
        assertThat(history(anna))
                .containsExactlyInAnyOrder("CLASS_IN_CLASS MINORS", "CLASS_OUTSIDE USE_OUTSIDE_PERIOD");
        assertThat(classMails(registration)).isZero();

        ClassPublication.Publication again = publication.publish(campaign, COURT, Actor.staff("admin"), null);

        assertThat(again.outcome().changed()).isZero();
        assertThat(again.outcome().mailed()).isZero();
        assertThat(again.outcome().after())
                .containsExactlyInAnyOrderElementsOf(again.outcome().before());
        assertThat(status(anna)).isEqualTo("OUTSIDE USE_OUTSIDE_PERIOD 2");
        assertThat(history(anna)).hasSize(2);
        notices.sendQueued();
        assertThat(classMails(registration)).isZero();
    }

    @Test
    void correctingTheRegistrantsCountryReclassifiesTheirChildren() {
        publication.publish(campaign, COURT, Actor.staff("admin"), null);
        UUID registration = signUp("NL", new UsePeriod(2019, 2020));
        RegistrationSummary before = store.summary(registration).orElseThrow();
        UUID anna = before.claimants().getFirst().id();

        changes.correctRegistrantAndSelf(
                ChangedBy.participant(UUID.randomUUID(), null),
                campaign,
                before,
                new Registrant(
                        "Eva",
                        lastName,
                        EmailAddress.parse("unused@example.org").orElseThrow(),
                        LocalDate.of(1980, 5, 6),
                        "1000 AA",
                        "BE"));

        assertThat(status(anna)).isEqualTo("OUTSIDE RESIDENCE_EXCLUDED 1");
        assertThat(history(anna))
                .containsExactlyInAnyOrder("CLASS_IN_CLASS MINORS", "CLASS_OUTSIDE RESIDENCE_EXCLUDED");
    }

    @Test
    void aCampaignWithoutAVersionStoresNoClassStatus() {
        UUID registration = signUp("NL", new UsePeriod(2019, 2020));
        UUID anna = onlyClaimant(registration).id();

        correctUse(registration, new UsePeriod(2023, null));

        assertThat(status(anna)).isEqualTo("not evaluated");
        assertThat(history(anna)).isEmpty();
    }

    private UUID signUp(String country, UsePeriod use) {
        String email = Unique.email("ouder");
        signUps.submit(new SignUp(
                campaign,
                RegistrationKind.CHILDREN,
                new Registrant(
                        "Eva",
                        lastName,
                        EmailAddress.parse(email).orElseThrow(),
                        LocalDate.of(1980, 5, 6),
                        "1000 AA",
                        country),
                List.of(child(use)),
                Language.NL,
                UUID.randomUUID()));
        return jdbc.sql("select id from registration where email = ?")
                .param(email)
                .query(UUID.class)
                .single();
    }

    private void correctUse(UUID registration, UsePeriod use) {
        changes.correctClaimant(
                ChangedBy.participant(UUID.randomUUID(), null),
                campaign,
                registration,
                onlyClaimant(registration),
                child(use));
    }

    private ClaimantEntry child(UsePeriod use) {
        return new ClaimantEntry(ClaimantKind.CHILD, "Anna", lastName, LocalDate.of(2010, 3, 1), use, true);
    }

    private RegistrationSummary.Claimant onlyClaimant(UUID registration) {
        return store.summary(registration).orElseThrow().claimants().getFirst();
    }

    private String status(UUID claimant) {
        return new StoredClassStatus(jdbc).of(claimant);
    }

    private List<String> history(UUID claimant) {
        return new StoredClassStatus(jdbc).history(claimant);
    }

    private long classMails(UUID registration) {
        return jdbc.sql("""
                        select count(*) from outbox o join registration r on r.account_id = o.account_id
                        where o.kind = 'registration.class-status' and r.id = ?""").param(registration).query(Long.class).single();
    }
}
