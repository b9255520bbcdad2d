package nl.claimdesk.campaign.view;

import java.util.List;
import nl.claimdesk.shared.SafeHtml;
import org.jspecify.annotations.Nullable;

/** The landing page of a campaign; {@code registryNotice} says how to opt out of or into the court's class. */
public record LandingView(
        CampaignHeader campaign,
        String tagline,
        SafeHtml intro,
        String registrations,
        SafeHtml whatIsWrong,
        SafeHtml complaints,
        SafeHtml demands,
        SafeHtml whatWeDo,
        String quote,
        String quoteAuthor,
        SafeHtml signUpCall,
        SafeHtml goodToKnow,
        List<String> terms,
        SafeHtml howItWorks,
        List<Step> steps,
        List<TimelineEntry> latestTimeline,
        boolean moreTimeline,
        List<FaqTopic> faq,
        List<PartyEntry> parties,
        @Nullable RegistryNoticeView registryNotice) {}
