package nl.claimdesk.dossier.view;

import java.util.List;
import nl.claimdesk.shared.SafeHtml;

/**
 * The signed agreement as a document: every acceptance of a registration with its proof, followed by the full
 * text of each agreement version accepted.
 */
public record AgreementDocumentView(
        String campaignName,
        String reference,
        String registrantName,
        String generatedAt,
        List<Signature> signatures,
        List<Text> texts) {

    /** One acceptance and the facts that prove it. */
    public record Signature(
            String claimant,
            String claimantBorn,
            String signer,
            String onBehalf,
            String acceptedAt,
            String ip,
            String userAgent,
            int version,
            String fingerprint) {}

    /** The text of one agreement version, as accepted. */
    public record Text(int version, String fingerprint, SafeHtml body) {}
}
