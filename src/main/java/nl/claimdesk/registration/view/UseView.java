package nl.claimdesk.registration.view;

import org.jspecify.annotations.Nullable;

/**
 * The registrant's own period of use. When the rules refuse them as claimant, {@code refusal} says why and, where
 * the campaign takes supporters, the page offers that route instead.
 */
public record UseView(
        Funnel funnel,
        UseForm form,
        String defendant,
        @Nullable String refusal,
        boolean supporterOffered,
        ClassFields classFields) {}
