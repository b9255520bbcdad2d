package nl.claimdesk.campaign.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.shared.Language;

/**
 * A document on a campaign's foundation page, without its bytes.
 *
 * @param title the title shown, per language of the site
 * @param language the language the document itself is written in
 * @param sha256 hex digest of the file, its ETag
 */
public record FoundationDocument(
        UUID id,
        DocumentKind kind,
        Map<Language, String> title,
        LocalDate date,
        Language language,
        long size,
        String sha256,
        long version) {

    /** What an editor describes: everything but the file. */
    public record Description(DocumentKind kind, Map<Language, String> title, LocalDate date, Language language) {}

    public Description description() {
        return new Description(kind, title, date, language);
    }
}
