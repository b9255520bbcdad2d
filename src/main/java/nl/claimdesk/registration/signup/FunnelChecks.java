package nl.claimdesk.registration.signup;

import java.time.Clock;
import java.time.LocalDate;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassVersion;
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

    private final ClassDefinitions classes;
    private final PageFactory pages;
    private final Clock clock;

    FunnelChecks(ClassDefinitions classes, PageFactory pages, Clock clock) {
        this.classes = classes;
        this.pages = pages;
        this.clock = clock;
    }

    SignUpChecks of(CampaignSummary campaign, Language language, SignUpDraft draft) {
        return new SignUpChecks(
                campaign,
                pages.texts(language),
                LocalDate.now(clock),
                classes.current(campaign.id()).map(ClassVersion::definition).orElse(null),
                draft.registrant().country());
    }
}
