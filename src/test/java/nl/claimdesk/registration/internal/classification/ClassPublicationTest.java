package nl.claimdesk.registration.internal.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.ClassStatus;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.ResidenceRegime;
import nl.claimdesk.campaign.TestCampaigns;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.campaign.internal.CampaignImporter;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.ClassClaimants;
import nl.claimdesk.registration.ClassCount;
import nl.claimdesk.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing a class version re-classifies, records, audits and queues one notice per registration with a change,
 * which {@link ClassNotices} mails after commit, once; publishing it again does nothing.
 */
@IntegrationTest
class ClassPublicationTest {

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
    TransactionTemplate transactions;

    @Autowired
    ClassStatusStore store;

    @Autowired
    ClassNoticeQueue queue;

    CampaignSummary campaign;
    ClassClaimants claimants;
    UUID dutch;
    UUID belgian;
    UUID inClass;
    UUID tooLate;
    UUID abroad;

    @BeforeEach
    void registrations() {
        String slug = TestCampaigns.uniqueSlug("publish");
        importer.importDefinition(TestCampaigns.minimal(slug));
        sites.reload();
        campaign = campaigns.bySlug(slug).orElseThrow();
        claimants = new ClassClaimants(jdbc, campaign.id());
        dutch = claimants.registration("NL");
        belgian = claimants.registration("BE");
        inClass = claimants.claimant(dutch, "Anna", LocalDate.of(2010, 3, 1), 2019, 2020);
        tooLate = claimants.claimant(dutch, "Bram", LocalDate.of(2012, 3, 1), 2023, null);
        abroad = claimants.claimant(belgian, "Cas", LocalDate.of(2010, 3, 1), 2019, 2020);
    }

    @Test
    void aDryRunCountsWhatPublishingDoesAndChangesNothing() {
        ClassPublication.Outcome dryRun = publication.dryRun(campaign, COURT);

        assertThat(dryRun.before()).containsExactly(new ClassCount(null, null, null, 3));
        assertThat(dryRun.after())
                .containsExactlyInAnyOrder(
                        new ClassCount(ClassStatus.IN_CLASS, "MINORS", null, 1),
                        new ClassCount(ClassStatus.OUTSIDE, null, "RESIDENCE_EXCLUDED", 1),
                        new ClassCount(ClassStatus.OUTSIDE, null, "USE_OUTSIDE_PERIOD", 1));
        assertThat(dryRun.changed()).isEqualTo(3);
        assertThat(status(inClass)).isEqualTo("not evaluated");
        assertThat(mails()).isZero();

        ClassPublication.Outcome published = publication
                .publish(campaign, COURT, Actor.staff("admin"), "127.0.0.1")
                .outcome();

        assertThat(published.after()).containsExactlyInAnyOrderElementsOf(dryRun.after());
        assertThat(published.changed()).isEqualTo(dryRun.changed());
        assertThat(published.total()).isEqualTo(3);
    }

    @Test
    void publishingRecordsEachChangeTellsEachRegistrantOnceAndIsAudited() {
        ClassPublication.Publication first = publication.publish(campaign, COURT, Actor.staff("admin"), "127.0.0.1");

        assertThat(first.version().number()).isEqualTo(1);
        assertThat(status(inClass)).isEqualTo("IN_CLASS MINORS 1");
        assertThat(status(tooLate)).isEqualTo("OUTSIDE USE_OUTSIDE_PERIOD 1");
        assertThat(status(abroad)).isEqualTo("OUTSIDE RESIDENCE_EXCLUDED 1");
        assertThat(history(inClass)).containsExactly("CLASS_IN_CLASS MINORS");
        assertThat(history(abroad)).containsExactly("CLASS_OUTSIDE RESIDENCE_EXCLUDED");
        assertThat(first.outcome().mailed()).isEqualTo(2);
        assertThat(queued()).isEqualTo(2);
        tellQueued();
        assertThat(mails()).isEqualTo(2);
        assertThat(mailText(dutch)).contains("Anna Klasse: ").contains("Bram Klasse: ");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'class-version.published'"
                                + " and subject_id = ?")
                        .param(campaign.id().value().toString())
                        .query(Long.class)
                        .single())
                .isOne();

        ClassPublication.Publication again = publication.publish(campaign, COURT, Actor.staff("admin"), "127.0.0.1");

        assertThat(again.version().number()).isEqualTo(2);
        assertThat(again.outcome().changed()).isZero();
        assertThat(again.outcome().mailed()).isZero();
        assertThat(again.outcome().before())
                .containsExactlyInAnyOrderElementsOf(again.outcome().after());
        tellQueued();
        assertThat(mails()).isEqualTo(2);
        assertThat(history(inClass)).hasSize(1);
        assertThat(status(inClass)).isEqualTo("IN_CLASS MINORS 2");
    }

    @Test
    void aChangedDefinitionTellsOnlyTheRegistrantsWhoseClaimantsChanged() {
        publication.publish(campaign, COURT, Actor.staff("admin"), null);
        ClassVersionDraft optIn = TestClassVersions.court(
                List.of(TestClassVersions.MINORS, TestClassVersions.ADULTS), ResidenceRegime.OPT_IN, true);

        ClassPublication.Publication second = publication.publish(campaign, optIn, Actor.staff("admin"), null);

        assertThat(second.outcome().changed()).isEqualTo(1);
        assertThat(second.outcome().mailed()).isEqualTo(1);
        assertThat(status(abroad)).isEqualTo("OUTSIDE NOT_OPTED_IN 2");
        assertThat(history(abroad))
                .containsExactlyInAnyOrder("CLASS_OUTSIDE RESIDENCE_EXCLUDED", "CLASS_OUTSIDE NOT_OPTED_IN");
        assertThat(history(inClass)).hasSize(1);
    }

    @Test
    void theMailsGoOutAfterCommitOnceEvenWhenTheSenderRunsAgain() {
        publication.publish(campaign, COURT, Actor.staff("admin"), null);

        tellQueued();
        notices.sendQueued();

        assertThat(queued()).isZero();
        assertThat(mails()).isEqualTo(2);
    }

    @Test
    void aRegistrationChangedAgainBeforeItsMailIsToldOnceWithTheNewestStanding() {
        ClassVersionDraft optIn = TestClassVersions.court(
                List.of(TestClassVersions.MINORS, TestClassVersions.ADULTS), ResidenceRegime.OPT_IN, true);
        // One transaction, so that the job cannot send the first version's notices in between.
        transactions.executeWithoutResult(status -> {
            publication.publish(campaign, COURT, Actor.staff("admin"), null);
            publication.publish(campaign, optIn, Actor.staff("admin"), null);
        });
        assertThat(queued()).isEqualTo(3);

        tellQueued();

        assertThat(mails(belgian)).isOne();
        assertThat(mailText(belgian))
                .contains("Cas Klasse: ")
                .contains("Wij hebben nog geen opt-in")
                .doesNotContain("uit bepaalde landen");
        assertThat(mails(dutch)).isOne();
    }

    @Test
    void aRegistrationWithdrawnBeforeItsMailIsNotTold() {
        publication.publish(campaign, COURT, Actor.staff("admin"), null);
        jdbc.sql("update registration set withdrawn_at = current_timestamp where id = ?")
                .param(belgian)
                .update();

        tellQueued();

        assertThat(mails(belgian)).isZero();
        assertThat(mails(dutch)).isOne();
    }

    @Test
    void theSlicesOfAPublicationCoverEveryClaimantOnce() {
        UUID more = claimants.claimant(dutch, "Dirk", LocalDate.of(2011, 3, 1), 2019, 2020);
        ClassVersionDraft version = COURT;

        for (int size = 1; size <= 5; size++) {
            List<UUID> covered = new ArrayList<>();
            for (ClaimantRange slice : store.slices(campaign.id(), size)) {
                ClassificationQuery query = new ClassificationQuery(campaign.id(), version, LocalDate.now(), slice);
                covered.addAll(jdbc.sql(query.sql())
                        .params(query.params())
                        .query((rs, row) -> rs.getObject("id", UUID.class))
                        .list());
            }
            assertThat(covered).as("slices of %d", size).containsExactlyInAnyOrder(inClass, tooLate, abroad, more);
        }
    }

    @Test
    void slicesOfOneClaimantQueueOneNoticePerRegistrationWithAChange() {
        claimants.claimant(dutch, "Dirk", LocalDate.of(2011, 3, 1), 2019, 2020);
        OffsetDateTime now = OffsetDateTime.now();

        List<Integer> counted = transactions.execute(status -> {
            int changed = 0;
            int queued = 0;
            for (ClaimantRange slice : store.slices(campaign.id(), 1)) {
                changed += store.reclassify(campaign.id(), 99, COURT, now.toLocalDate(), now, slice);
                queued += queue.queue(campaign.id(), 99, now, slice);
            }
            List<UUID> told = jdbc.sql("select registration_id from class_notice where class_version = 99")
                    .query(UUID.class)
                    .list();
            status.setRollbackOnly();
            return List.of(changed, queued, told.size(), told.contains(dutch) ? 1 : 0, told.contains(belgian) ? 1 : 0);
        });

        assertThat(counted)
                .as("changed, queued, told, Dutch told, Belgian told")
                .containsExactly(4, 2, 2, 1, 1);
    }

    /** Sends what is queued; the job may hold a batch at that moment, so wait until its commit as well. */
    private void tellQueued() {
        notices.sendQueued();
        await().atMost(Duration.ofSeconds(30)).until(() -> queued() == 0);
    }

    private long queued() {
        return jdbc.sql("select count(*) from class_notice where campaign_id = ?")
                .param(campaign.id().value())
                .query(Long.class)
                .single();
    }

    private long mails(UUID registration) {
        return jdbc.sql("""
                        select count(*) from outbox o join registration r on r.account_id = o.account_id
                        where o.kind = 'registration.class-status' and r.id = ?""").param(registration).query(Long.class).single();
    }

    private String status(UUID claimant) {
        return new StoredClassStatus(jdbc).of(claimant);
    }

    private List<String> history(UUID claimant) {
        return new StoredClassStatus(jdbc).history(claimant);
    }

    private long mails() {
        return mails(dutch) + mails(belgian);
    }

    /** The mail as delivered: the outbox drops the body once it is sent. */
    private String mailText(UUID registration) {
        String email = jdbc.sql("select email from registration where id = ?")
                .param(registration)
                .query(String.class)
                .single();
        return TestMailServer.plainText(
                TestMailServer.awaitMail(email, "Nieuws over je deelname aan de " + campaign.name(Language.NL)));
    }
}
