package nl.claimdesk.registration.view;

import nl.claimdesk.web.FormErrors;
import org.jspecify.annotations.Nullable;

/** What every page of the sign-up funnel shows: the campaign, the step, where the form goes and what was wrong. */
public record Funnel(
        String campaignName,
        int step,
        int steps,
        String action,
        @Nullable String back,
        FormErrors errors) {}
