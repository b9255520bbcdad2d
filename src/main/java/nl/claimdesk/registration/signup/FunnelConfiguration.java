package nl.claimdesk.registration.signup;

import java.util.List;
import nl.claimdesk.campaign.Campaigns;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the funnel's handlers take a {@link FunnelDraft}. */
@Configuration(proxyBeanMethods = false)
class FunnelConfiguration implements WebMvcConfigurer {

    private final Campaigns campaigns;
    private final DraftCookie drafts;

    FunnelConfiguration(Campaigns campaigns, DraftCookie drafts) {
        this.campaigns = campaigns;
        this.drafts = drafts;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new FunnelDraftResolver(campaigns, drafts));
    }
}
