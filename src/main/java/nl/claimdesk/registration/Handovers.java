package nl.claimdesk.registration;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.RegistrationCounter;
import nl.claimdesk.identity.Account;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.TokenGrant;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a child's file over to the young adult once they came of age: the parent names the young adult's email
 * address, the young adult gets an invitation, and accepting it moves the claim to an account of their own. From
 * then on the parent no longer sees that claimant, and the young adult accepts the agreement themself.
 */
@Component
class Handovers {

    private final RegistrationStore store;
    private final Accounts accounts;
    private final OneTimeTokens tokens;
    private final Campaigns campaigns;
    private final RegistrationCounter counter;
    private final RegistrationMails mails;
    private final AuditLog audit;
    private final Clock clock;

    Handovers(
            RegistrationStore store,
            Accounts accounts,
            OneTimeTokens tokens,
            Campaigns campaigns,
            RegistrationCounter counter,
            RegistrationMails mails,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.tokens = tokens;
        this.campaigns = campaigns;
        this.counter = counter;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** Invites the young adult; false when the claimant is not one the parent can hand over. */
    @Transactional
    boolean invite(
            AccountId parent,
            RegistrationSummary registration,
            UUID claimant,
            EmailAddress youngAdult,
            @Nullable String ip) {
        Optional<RegistrationSummary.Claimant> child = registration.claimants().stream()
                .filter(found -> found.id().equals(claimant) && found.cameOfAgeOn() != null && !found.withdrawn())
                .findFirst();
        CampaignSummary campaign = campaigns.byId(registration.campaign()).orElse(null);
        if (child.isEmpty() || campaign == null) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID invitation = Ids.newId();
        store.insertInvitation(invitation, claimant, youngAdult.value(), now);
        String token = tokens.issue(parent, TokenPurpose.HAND_OVER, invitation);
        store.recordEvent(registration.id(), claimant, "HANDOVER_INVITED", "PARTICIPANT", null, now);
        audit.record(Actor.participant(parent), ip, "claimant.handover-invited", "claimant", claimant, null);
        mails.handoverInvitation(
                youngAdult,
                campaign,
                registration.language(),
                registration.registrantName().strip(),
                token);
        return true;
    }

    /** Accepts the invitation in the link; the young adult's account, to log in, when it could be accepted. */
    @Transactional
    Optional<AccountId> accept(String token, Language language, @Nullable String ip) {
        Optional<TokenGrant> grant = tokens.consume(token, TokenPurpose.HAND_OVER);
        if (grant.isEmpty() || grant.get().subject() == null) {
            return Optional.empty();
        }
        RegistrationStore.Invitation invitation =
                store.invitation(grant.get().subject()).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (invitation == null || !store.acceptInvitation(invitation.id(), now)) {
            return Optional.empty();
        }
        RegistrationSummary parents = store.summary(invitation.registration()).orElseThrow();
        RegistrationSummary.Claimant claimant = parents.claimants().stream()
                .filter(found -> found.id().equals(invitation.claimant()))
                .findFirst()
                .orElse(null);
        if (claimant == null || claimant.withdrawn()) {
            return Optional.empty();
        }
        EmailAddress email = EmailAddress.parse(invitation.email()).orElseThrow();
        AccountId youngAdult = accounts.find(email).map(Account::id).orElseGet(() -> accounts.open(email, language));
        accounts.markEmailVerified(youngAdult);
        UUID registration = store.find(youngAdult, parents.campaign())
                .map(RegistrationStore.Existing::id)
                .orElse(null);
        if (registration == null) {
            registration = Ids.newId();
            store.insertTakenOverRegistration(registration, parents, claimant, youngAdult, email, now);
            counter.add(parents.campaign(), 1);
            store.recordEvent(registration, null, "SIGNED_UP", "PARTICIPANT", "handover", now);
        }
        UUID newClaimant = Ids.newId();
        store.handOver(claimant.id(), newClaimant, registration, now);
        store.recordEvent(parents.id(), claimant.id(), "HANDED_OVER", "PARTICIPANT", null, now);
        store.recordEvent(registration, newClaimant, "TAKEN_OVER", "PARTICIPANT", null, now);
        audit.record(
                Actor.participant(youngAdult),
                ip,
                "claimant.handed-over",
                "claimant",
                claimant.id(),
                "to=" + newClaimant);
        return Optional.of(youngAdult);
    }
}
