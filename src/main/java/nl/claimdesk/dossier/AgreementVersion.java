package nl.claimdesk.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.shared.Language;

/** One version of a campaign's participation agreement, with its text in every language. */
record AgreementVersion(
        UUID id, CampaignId campaign, int version, OffsetDateTime effectiveFrom, Map<Language, String> texts) {

    String text(Language language) {
        return texts.get(language);
    }

    /** The SHA-256 of the exact text shown in {@code language}: what an acceptance proves was read. */
    String fingerprint(Language language) {
        return fingerprint(text(language));
    }

    static String fingerprint(String text) {
        try {
            byte[] bytes = text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
