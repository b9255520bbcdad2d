package nl.claimdesk.registration.signup;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the funnel's handlers take a {@link FunnelDraft}. */
@Configuration(proxyBeanMethods = false)
class FunnelConfiguration implements WebMvcConfigurer {

    private final FunnelDraftResolver funnelDrafts;

    FunnelConfiguration(FunnelDraftResolver funnelDrafts) {
        this.funnelDrafts = funnelDrafts;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(funnelDrafts);
    }
}
