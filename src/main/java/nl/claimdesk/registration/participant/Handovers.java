package nl.claimdesk.registration.participant;

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
import nl.claimdesk.identity.ParticipantMailLimit;
import nl.claimdesk.identity.TokenGrant;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.internal.HandoverStore;
import nl.claimdesk.registration.internal.HistoryStore;
import nl.claimdesk.registration.internal.RegistrationSettings;
import nl.claimdesk.registration.internal.RegistrationStore;
import nl.claimdesk.registration.internal.classification.ClaimantClassification;
import nl.claimdesk.registration.mail.RegistrationMails;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a child's file over to the young adult once they came of age: the parent names the young adult's email
 * address, the young adult gets an invitation, and accepting it moves the claim to an account of their own. From
 * then on the parent no longer sees that claimant, and the young adult accepts the agreement themself. A new
 * invitation for a claimant revokes the earlier ones; a parent has at most a few invitations open at a time, and the
 * mails count against the account's daily limit, so that an account cannot be used to mail strangers.
 */
@Component
public class Handovers {

    private final RegistrationStore store;
    private final HandoverStore handoverStore;
    private final HistoryStore history;
    private final Accounts accounts;
    private final OneTimeTokens tokens;
    private final Campaigns campaigns;
    private final RegistrationCounter counter;
    private final RegistrationMails mails;
    private final AuditLog audit;
    private final ParticipantMailLimit mailLimit;
    private final ClaimantClassification classification;
    private final int maximumOpen;
    private final Clock clock;

    /** What became of an invitation. */
    enum Invited {
        SENT,
        /** The claimant is not one this parent can hand over. */
        NOT_POSSIBLE,
        /** The parent has as many unaccepted, unexpired invitations as allowed. */
        TOO_MANY_OPEN,
        /** The account had as many mails sent today as allowed. */
        MAIL_LIMIT
    }

    Handovers(
            RegistrationStore store,
            HandoverStore handoverStore,
            HistoryStore history,
            Accounts accounts,
            OneTimeTokens tokens,
            Campaigns campaigns,
            RegistrationCounter counter,
            RegistrationMails mails,
            AuditLog audit,
            ParticipantMailLimit mailLimit,
            ClaimantClassification classification,
            RegistrationSettings settings,
            Clock clock) {
        this.store = store;
        this.handoverStore = handoverStore;
        this.history = history;
        this.accounts = accounts;
        this.tokens = tokens;
        this.campaigns = campaigns;
        this.counter = counter;
        this.mails = mails;
        this.audit = audit;
        this.mailLimit = mailLimit;
        this.classification = classification;
        this.maximumOpen = settings.handover().maximumOpenInvitations();
        this.clock = clock;
    }

    /**
     * Invites the young adult. An invitation replaced by a newer one still counts as open until it would have
     * expired: otherwise inviting address after address for one claimant would escape the cap.
     */
    @Transactional
    Invited invite(
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
            return Invited.NOT_POSSIBLE;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (handoverStore.openInvitations(parent, now.minus(TokenPurpose.HAND_OVER.lifetime())) >= maximumOpen) {
            return Invited.TOO_MANY_OPEN;
        }
        if (!mailLimit.allows(parent)) {
            return Invited.MAIL_LIMIT;
        }
        for (UUID earlier : handoverStore.unacceptedInvitations(claimant)) {
            tokens.revoke(parent, TokenPurpose.HAND_OVER, earlier);
        }
        UUID invitation = Ids.newId();
        handoverStore.insertInvitation(invitation, claimant, youngAdult.value(), now);
        String token = tokens.issue(parent, TokenPurpose.HAND_OVER, invitation);
        history.recordEvent(registration.id(), claimant, "HANDOVER_INVITED", "PARTICIPANT", null, now);
        audit.record(Actor.participant(parent), ip, "claimant.handover-invited", "claimant", claimant, null);
        mails.handoverInvitation(
                youngAdult,
                campaign,
                registration.language(),
                registration.registrantName().strip(),
                token);
        return Invited.SENT;
    }

    /** Accepts the invitation in the link; the young adult's account, to log in, when it could be accepted. */
    @Transactional
    Optional<AccountId> accept(String token, Language language, @Nullable String ip) {
        Optional<TokenGrant> grant = tokens.consume(token, TokenPurpose.HAND_OVER);
        if (grant.isEmpty() || grant.get().subject() == null) {
            return Optional.empty();
        }
        HandoverStore.Invitation invitation =
                handoverStore.invitation(grant.get().subject()).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (invitation == null || !handoverStore.acceptInvitation(invitation.id(), now)) {
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
            history.recordEvent(registration, null, "SIGNED_UP", "PARTICIPANT", "handover", now);
        }
        UUID newClaimant = Ids.newId();
        handoverStore.handOver(claimant.id(), newClaimant, registration, store.nextPosition(registration), now);
        history.recordEvent(parents.id(), claimant.id(), "HANDED_OVER", "PARTICIPANT", null, now);
        history.recordEvent(registration, newClaimant, "TAKEN_OVER", "PARTICIPANT", null, now);
        classification.classify(parents.campaign(), registration);
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
