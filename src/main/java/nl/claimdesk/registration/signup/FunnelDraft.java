package nl.claimdesk.registration.signup;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.registration.RegistrationKind;

/**
 * The sign-up in progress on a funnel page after the first, as a handler parameter: the campaign, which takes
 * sign-ups (a closed one answers 410), and the visitor's draft, in which who is registered was chosen already. A
 * visitor without such a draft is sent back to the first page ({@link FunnelDraftResolver}).
 */
record FunnelDraft(CampaignSummary campaign, SignUpDraft draft) {

    String slug() {
        return campaign.slug();
    }

    /** The page is only for drafts that register this kind: another kind restarts the funnel too. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Of {
        RegistrationKind value();
    }

    /** Thrown while resolving a {@link FunnelDraft} that is not there: the controller answers with the first page. */
    static final class Missing extends RuntimeException {

        private final String slug;

        Missing(String slug) {
            super(null, null, false, false);
            this.slug = slug;
        }

        String slug() {
            return slug;
        }
    }
}
