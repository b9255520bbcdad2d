package nl.claimdesk.registration;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a participant makes to their registration after signing up, each checked by the same rules as the
 * funnel, recorded in the history and in the audit log.
 */
@Component
class RegistrationChanges {

    private final RegistrationStore store;
    private final AuditLog audit;
    private final Clock clock;

    RegistrationChanges(RegistrationStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void addChild(AccountId by, CampaignSummary campaign, UUID registration, ClaimantEntry child, @Nullable String ip) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID claimant = Ids.newId();
        store.insertClaimant(claimant, registration, store.nextPosition(registration), child, now);
        if (!store.claimIdentity(campaign.id(), child, claimant)) {
            store.sendToReview(claimant, campaign.id(), child, "SAME_NAME_AND_BIRTH_DATE", now);
        }
        store.recordEvent(registration, claimant, "CLAIMANT_ADDED", "PARTICIPANT", null, now);
        audit.record(Actor.participant(by), ip, "claimant.added", "registration", registration, null);
    }

    @Transactional
    void correctClaimant(
            AccountId by,
            CampaignSummary campaign,
            UUID registration,
            RegistrationSummary.Claimant before,
            ClaimantEntry after,
            @Nullable String ip) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.correctClaimant(before.id(), after);
        if (!store.reclaimIdentity(campaign.id(), after, before.id())) {
            store.sendToReview(before.id(), campaign.id(), after, "SAME_NAME_AND_BIRTH_DATE", now);
        }
        store.recordEvent(registration, before.id(), "CLAIMANT_CORRECTED", "PARTICIPANT", null, now);
        audit.record(
                Actor.participant(by),
                ip,
                "claimant.corrected",
                "claimant",
                before.id(),
                "before="
                        + describe(before.name(), before.dateOfBirth(), before.useStartedYear(), before.useEndedYear())
                        + "; after="
                        + describe(
                                after.firstName() + " " + after.lastName(),
                                after.dateOfBirth(),
                                after.use().startYear(),
                                after.use().endYear()));
    }

    @Transactional
    void correctRegistrant(AccountId by, RegistrationSummary before, Registrant after, @Nullable String ip) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.correctRegistrant(
                before.id(),
                after.firstName(),
                after.lastName(),
                after.dateOfBirth(),
                after.postcode(),
                after.country());
        store.recordEvent(before.id(), null, "DETAILS_CORRECTED", "PARTICIPANT", null, now);
        audit.record(
                Actor.participant(by),
                ip,
                "registration.corrected",
                "registration",
                before.id(),
                "before=" + before.registrantName().strip() + ", " + before.dateOfBirth() + ", " + before.postcode()
                        + ", " + before.country() + "; after=" + after.firstName() + " " + after.lastName() + ", "
                        + after.dateOfBirth() + ", " + after.postcode() + ", " + after.country());
    }

    private static String describe(String name, @Nullable Object born, int from, @Nullable Integer to) {
        return name.strip() + ", " + born + ", " + from + "-" + (to == null ? "" : to);
    }
}
