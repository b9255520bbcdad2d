package nl.claimdesk.dossier.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.shared.Language;

/**
 * The proof that an agreement was accepted: which version, the fingerprint of the exact text shown, when (with the
 * time zone of the signer's site), from which address and browser, by whom, and for whom.
 */
public record Acceptance(
        UUID id,
        UUID versionId,
        int version,
        UUID registrationId,
        UUID claimantId,
        UUID accountId,
        Language language,
        String textSha256,
        OffsetDateTime acceptedAt,
        String timeZone,
        String ip,
        String userAgent,
        String signerName,
        String claimantName,
        LocalDate claimantBirthDate,
        boolean onBehalfOfChild,
        boolean authorityDeclared) {}
