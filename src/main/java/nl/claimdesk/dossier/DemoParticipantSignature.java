package nl.claimdesk.dossier;

import java.util.Optional;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.identity.Account;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.infrastructure.BeforeServing;
import nl.claimdesk.registration.DemoParticipant;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import nl.claimdesk.web.PageFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Accepts the demo campaign's agreement for the {@link DemoParticipant}'s claimants who have not accepted it yet, as
 * they would in Mijn dossier (the confirmation with the signed PDF lands in the demo mailbox), so that they count for
 * the demo's payout. Never in production.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty("claimdesk.demo-content")
class DemoParticipantSignature extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(DemoParticipantSignature.class);

    private final Accounts accounts;
    private final Registrations registrations;
    private final Campaigns campaigns;
    private final Agreements agreements;
    private final Participation participation;
    private final PageFactory pages;

    DemoParticipantSignature(
            Accounts accounts,
            Registrations registrations,
            Campaigns campaigns,
            Agreements agreements,
            Participation participation,
            PageFactory pages) {
        this.accounts = accounts;
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.agreements = agreements;
        this.participation = participation;
        this.pages = pages;
    }

    @Override
    public int getPhase() {
        return AFTER_AGREEMENTS;
    }

    @Override
    protected void prepare() {
        Optional<Account> account = accounts.find(DemoParticipant.EMAIL);
        if (account.isEmpty()) {
            return;
        }
        for (RegistrationSummary registration : registrations.of(account.get().id())) {
            Optional<CampaignSummary> campaign = campaigns.byId(registration.campaign());
            Optional<AgreementVersion> version = agreements.current(registration.campaign());
            if (campaign.isEmpty() || version.isEmpty() || registration.withdrawnAt() != null) {
                continue;
            }
            for (RegistrationSummary.Claimant claimant : registration.claimants()) {
                if (claimant.participationCompletedAt() == null && !claimant.withdrawn()) {
                    sign(account.get(), campaign.get(), registration, claimant, version.get());
                }
            }
        }
    }

    private void sign(
            Account account,
            CampaignSummary campaign,
            RegistrationSummary registration,
            RegistrationSummary.Claimant claimant,
            AgreementVersion version) {
        participation.accept(
                account,
                campaign,
                registration,
                claimant,
                version,
                new Participation.Signing(
                        claimant.name().strip(), false, "127.0.0.1", "demo content", registration.language()),
                campaigns.feeInWords(campaign, pages.texts(registration.language())));
        log.info("Accepted the agreement of '{}' for the demo participant", campaign.slug());
    }
}
