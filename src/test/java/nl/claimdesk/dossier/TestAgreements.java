package nl.claimdesk.dossier;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.shared.Language;
import org.springframework.context.ApplicationContext;

/** Participation agreements published by tests, for the tests' own campaigns. */
public final class TestAgreements {

    private TestAgreements() {}

    /** Publishes a new version, in effect at once, whose Dutch and English texts are {@code nl} and {@code en}. */
    public static UUID publish(ApplicationContext context, CampaignId campaign, String nl, String en) {
        return context.getBean(Agreements.class)
                .publish(
                        campaign,
                        Map.of(Language.NL, nl, Language.EN, en),
                        OffsetDateTime.now().minusMinutes(1))
                .id();
    }

    /** Publishes a plain version 1. */
    public static UUID publish(ApplicationContext context, CampaignId campaign) {
        return publish(
                context,
                campaign,
                "# Deelnameovereenkomst\n\nGeen resultaat, geen kosten. De financier krijgt 22% plus kosten.\n",
                "# Participation agreement\n\nNo cure, no pay. The funder gets 22% plus costs.\n");
    }
}
