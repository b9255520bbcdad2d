package nl.claimdesk.campaign.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.claimdesk.campaign.CampaignStatus;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.ContentBlock;
import nl.claimdesk.campaign.EligibilityRules;
import nl.claimdesk.campaign.FeeTerms;
import nl.claimdesk.campaign.PartyRole;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as written in a definition file ({@code campaigns/*.yaml}); see {@code docs/campaign-definition.md}.
 * Texts are keyed by language code ({@code nl}, {@code en}) and, for the campaign's own blocks, by
 * {@link ContentBlock#key()}. The class versions, oldest first, are published in that order when the campaign is
 * imported.
 */
public record CampaignDefinition(
        String slug,
        CampaignStatus status,
        String defendant,
        @Nullable URI courtRegisterUrl,
        int position,
        EligibilityRules eligibility,
        FeeTerms fee,
        Map<String, Map<String, String>> texts,
        List<PartyDefinition> parties,
        List<TimelineDefinition> timeline,
        List<FaqTopicDefinition> faq,
        List<ClassVersionDraft> classVersions) {

    public CampaignDefinition {
        // A definition file without a class leaves the list out.
        classVersions = classVersions == null ? List.of() : List.copyOf(classVersions);
    }

    public record PartyDefinition(
            PartyRole role, String name, @Nullable URI url, Map<String, String> description) {}

    public record TimelineDefinition(LocalDate date, Map<String, TitledText> texts) {}

    public record TitledText(String title, String body) {}

    public record FaqTopicDefinition(Map<String, String> title, List<FaqItemDefinition> items) {}

    public record FaqItemDefinition(Map<String, QuestionAndAnswer> texts) {}

    public record QuestionAndAnswer(String question, String answer) {}
}
