package nl.claimdesk.registration.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.MissingFact;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.registration.Authority;
import nl.claimdesk.registration.ClaimantKind;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.eligibility.UsePeriod;
import nl.claimdesk.registration.internal.classification.ClaimantClassification;
import nl.claimdesk.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a participant makes to their registration after signing up, each checked by the same rules as the
 * funnel, recorded in the history and in the audit log.
 */
@Component
public class RegistrationChanges {

    private final RegistrationStore store;
    private final DuplicateStore duplicates;
    private final HistoryStore history;
    private final AuditLog audit;
    private final ClaimantClassification classification;
    private final Clock clock;

    RegistrationChanges(
            RegistrationStore store,
            DuplicateStore duplicates,
            HistoryStore history,
            AuditLog audit,
            ClaimantClassification classification,
            Clock clock) {
        this.store = store;
        this.duplicates = duplicates;
        this.history = history;
        this.audit = audit;
        this.classification = classification;
        this.clock = clock;
    }

    @Transactional
    public void addChild(
            AccountId by, CampaignSummary campaign, UUID registration, ClaimantEntry child, @Nullable String ip) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID claimant = Ids.newId();
        store.insertClaimant(claimant, registration, store.nextPosition(registration), child, now);
        if (!duplicates.claimIdentity(campaign.id(), child, claimant)) {
            duplicates.sendToReview(claimant, campaign.id(), child, "SAME_NAME_AND_BIRTH_DATE", now);
        }
        history.recordEvent(registration, claimant, "CLAIMANT_ADDED", "PARTICIPANT", null, now);
        audit.record(Actor.participant(by), ip, "claimant.added", "registration", registration, null);
        classification.classify(campaign.id(), registration);
    }

    @Transactional
    public void correctClaimant(
            ChangedBy by,
            CampaignSummary campaign,
            UUID registration,
            RegistrationSummary.Claimant before,
            ClaimantEntry after) {
        correct(by, campaign, registration, before, after);
        classification.classify(campaign.id(), registration);
    }

    /**
     * Stores the fact the class was missing about a claimant, as the participant gave it in Mijn dossier, and
     * evaluates the registration again at once.
     */
    @Transactional
    public void giveClassFact(
            ChangedBy by,
            CampaignSummary campaign,
            UUID registration,
            RegistrationSummary.Claimant claimant,
            MissingFact fact,
            String answer) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.lockUnfrozen(claimant.id());
        store.giveClassFact(claimant.id(), fact, answer);
        history.recordEvent(registration, claimant.id(), "CLASS_FACT_GIVEN", by.historyActor(), null, now);
        audit.recordPersonal(
                by.actor(),
                by.ip(),
                "claimant.class-fact-given",
                "claimant",
                claimant.id(),
                by.details(ChangedBy.values("fact", fact.name()), ChangedBy.values(fact.name(), answer.strip())));
        classification.classify(campaign.id(), registration);
    }

    private void correct(
            ChangedBy by,
            CampaignSummary campaign,
            UUID registration,
            RegistrationSummary.Claimant before,
            ClaimantEntry after) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.lockUnfrozen(before.id());
        store.correctClaimant(before.id(), after);
        if (!duplicates.reclaimIdentity(campaign.id(), after, before.id())) {
            duplicates.sendToReview(before.id(), campaign.id(), after, "SAME_NAME_AND_BIRTH_DATE", now);
        }
        history.recordEvent(registration, before.id(), "CLAIMANT_CORRECTED", by.historyActor(), null, now);
        audit.recordPersonal(
                by.actor(),
                by.ip(),
                "claimant.corrected",
                "claimant",
                before.id(),
                by.details(
                        claimant(
                                before.name().strip(),
                                before.dateOfBirth(),
                                before.useStartedYear(),
                                before.useEndedYear(),
                                before.authority()),
                        claimant(
                                after.firstName() + " " + after.lastName(),
                                after.dateOfBirth(),
                                after.use().startYear(),
                                after.use().endYear(),
                                after.authority())));
    }

    /**
     * Corrects the registrant's details and, when they also claim for themself, their own claimant (the same person),
     * checked as in the funnel by {@link SignUpChecks#correctedRegistrant}.
     */
    @Transactional
    public void correctRegistrantAndSelf(
            ChangedBy by, CampaignSummary campaign, RegistrationSummary before, Registrant after) {
        correctRegistrant(by, before, after);
        SignUpChecks.selfOf(before)
                .ifPresent(claimant -> correct(
                        by,
                        campaign,
                        before.id(),
                        claimant,
                        new ClaimantEntry(
                                ClaimantKind.SELF,
                                after.firstName(),
                                after.lastName(),
                                after.dateOfBirth(),
                                new UsePeriod(claimant.useStartedYear(), claimant.useEndedYear()),
                                false)));
        classification.classify(campaign.id(), before.id());
    }

    private void correctRegistrant(ChangedBy by, RegistrationSummary before, Registrant after) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.correctRegistrant(
                before.id(),
                after.firstName(),
                after.lastName(),
                after.dateOfBirth(),
                after.postcode(),
                after.country());
        history.recordEvent(before.id(), null, "DETAILS_CORRECTED", by.historyActor(), null, now);
        audit.recordPersonal(
                by.actor(),
                by.ip(),
                "registration.corrected",
                "registration",
                before.id(),
                by.details(
                        ChangedBy.values(
                                "name",
                                before.registrantName().strip(),
                                "dateOfBirth",
                                before.dateOfBirth(),
                                "postcode",
                                before.postcode(),
                                "country",
                                before.country()),
                        ChangedBy.values(
                                "name",
                                after.firstName() + " " + after.lastName(),
                                "dateOfBirth",
                                after.dateOfBirth(),
                                "postcode",
                                after.postcode(),
                                "country",
                                after.country())));
    }

    private static Map<String, @Nullable Object> claimant(
            String name, @Nullable Object born, int from, @Nullable Integer to, @Nullable Authority authority) {
        return ChangedBy.values(
                "name", name.strip(), "dateOfBirth", born, "useFrom", from, "useUntil", to, "authority", authority);
    }
}
