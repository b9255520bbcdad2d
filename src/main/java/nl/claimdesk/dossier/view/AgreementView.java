package nl.claimdesk.dossier.view;

import java.util.List;
import nl.claimdesk.shared.SafeHtml;
import nl.claimdesk.web.FormErrors;

/**
 * The page where the agreement is accepted for one claimant: the fee in plain words, the full text with its
 * fingerprint, and the form (an unticked box, the signer's full name, and for a child the declaration of authority).
 */
public record AgreementView(
        String heading,
        String claimantName,
        boolean child,
        List<String> fee,
        SafeHtml text,
        int version,
        String versionId,
        String fingerprint,
        String action,
        String cancelHref,
        String signerName,
        FormErrors errors) {}
