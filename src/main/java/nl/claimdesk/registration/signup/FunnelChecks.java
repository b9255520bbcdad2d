package nl.claimdesk.registration.signup;

import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.registration.internal.CurrentClassChecks;
import nl.claimdesk.registration.internal.SignUpChecks;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.PageFactory;
import org.springframework.stereotype.Component;

/**
 * The funnel's checks for a draft: the campaign's rules, and the current class version's questions with the
 * registrant's country as typed (docs/adr/0047).
 */
@Component
class FunnelChecks {

    private final CurrentClassChecks checks;
    private final PageFactory pages;

    FunnelChecks(CurrentClassChecks checks, PageFactory pages) {
        this.checks = checks;
        this.pages = pages;
    }

    SignUpChecks of(CampaignSummary campaign, Language language, SignUpDraft draft) {
        return checks.of(campaign, pages.texts(language), draft.registrant().country());
    }
}
