package nl.claimdesk.identity.view;

import nl.claimdesk.web.FormErrors;

/**
 * Changing the account's email address: the current one, the new one as typed, and what was wrong. Without a recent
 * login ({@code needsProof}), the page first offers a login link to the current address ({@code proofAction}).
 */
public record EmailChangeView(
        String current,
        String action,
        String proofAction,
        String cancelHref,
        String email,
        FormErrors errors,
        boolean sent,
        boolean needsProof,
        boolean proofSent,
        long proofMinutes) {}
