package nl.claimdesk.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.infrastructure.BeforeServing;
import nl.claimdesk.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Publishes the bundled demo agreements ({@code agreements/<campaign>.<language>.md}) as version 1 of each demo
 * campaign's agreement, after the demo campaigns are imported, unless the campaign has an agreement already.
 */
@Component
@ConditionalOnBooleanProperty("claimdesk.demo-content")
class DemoAgreements extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);

    private final Campaigns campaigns;
    private final Agreements agreements;
    private final Clock clock;

    DemoAgreements(Campaigns campaigns, Agreements agreements, Clock clock) {
        this.campaigns = campaigns;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    public int getPhase() {
        return AFTER_CONTENT;
    }

    @Override
    protected void prepare() throws IOException {
        for (CampaignSummary campaign : campaigns.all()) {
            Map<Language, String> texts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                ClassPathResource text =
                        new ClassPathResource("agreements/" + campaign.slug() + "." + language.code() + ".md");
                if (text.exists()) {
                    texts.put(language, text.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            if (texts.size() == Language.values().length && !agreements.exists(campaign.id())) {
                try {
                    agreements.publish(campaign.id(), texts, OffsetDateTime.now(clock));
                    log.info("Published the demo agreement of '{}'", campaign.slug());
                } catch (DuplicateKeyException raceLost) {
                    log.info("The demo agreement of '{}' was published by another node", campaign.slug());
                }
            }
        }
    }
}
