package nl.claimdesk.registration.internal;

import java.time.Clock;
import java.time.LocalDate;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassVersion;
import nl.claimdesk.web.Texts;
import org.springframework.stereotype.Component;

/**
 * The checks of a campaign's rules and of its current class version, for every form that enters a claimant: the
 * funnel, a child added or corrected in Mijn dossier, a staff correction (docs/adr/0047).
 */
@Component
public class CurrentClassChecks {

    private final ClassDefinitions classes;
    private final Clock clock;

    CurrentClassChecks(ClassDefinitions classes, Clock clock) {
        this.classes = classes;
        this.clock = clock;
    }

    /** The checks, with {@code registrantCountry} standing for a child's residence the class does not ask. */
    public SignUpChecks of(CampaignSummary campaign, Texts t, String registrantCountry) {
        return new SignUpChecks(
                campaign,
                t,
                LocalDate.now(clock),
                classes.current(campaign.id()).map(ClassVersion::definition).orElse(null),
                registrantCountry);
    }
}
