package nl.claimdesk.registration.signup;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The guard of every funnel page after the first, written once: the campaign of the address exists (404) and takes
 * sign-ups (410), and the draft cookie holds a draft for it with a kind chosen (of the kind the page is for, if it
 * names one); without one, {@link FunnelDraft.Missing} sends the visitor to the first page.
 */
@Component
class FunnelDraftResolver implements HandlerMethodArgumentResolver {

    private final Campaigns campaigns;
    private final DraftCookie drafts;

    FunnelDraftResolver(Campaigns campaigns, DraftCookie drafts) {
        this.campaigns = campaigns;
        this.drafts = drafts;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == FunnelDraft.class;
    }

    @Override
    public FunnelDraft resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        String slug = slug(request);
        CampaignSummary campaign =
                campaigns.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!campaign.status().acceptsSignUps()) {
            throw new ResponseStatusException(HttpStatus.GONE);
        }
        FunnelDraft.Of only = parameter.getParameterAnnotation(FunnelDraft.Of.class);
        return drafts.read(request.getNativeRequest(HttpServletRequest.class), slug)
                .filter(draft -> draft.kind() != null && (only == null || draft.kind() == only.value()))
                .map(draft -> new FunnelDraft(campaign, draft))
                .orElseThrow(() -> new FunnelDraft.Missing(slug));
    }

    @SuppressWarnings("unchecked")
    private static String slug(NativeWebRequest request) {
        Map<String, String> variables = (Map<String, String>)
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (variables == null || !variables.containsKey("slug")) {
            throw new IllegalStateException("a funnel page maps {slug}");
        }
        return variables.get("slug");
    }
}
