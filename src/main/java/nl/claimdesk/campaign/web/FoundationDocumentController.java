package nl.claimdesk.campaign.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.CampaignSite;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.internal.FoundationDocument;
import nl.claimdesk.campaign.internal.FoundationDocuments;
import nl.claimdesk.shared.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves a foundation page's document as a download: always as PDF (the upload was checked to be one), never
 * sniffed, under a file name made of its title and date in plain letters. Anyone may cache it, but must ask again
 * each time (the ETag is the file's digest): a removed document is gone at once.
 */
@Controller
class FoundationDocumentController {

    private static final int LONGEST_NAME = 80;

    private final CampaignSites sites;
    private final FoundationDocuments documents;

    FoundationDocumentController(CampaignSites sites, FoundationDocuments documents) {
        this.sites = sites;
        this.documents = documents;
    }

    @GetMapping({"/nl/{slug}/stichting/documenten/{id}", "/en/{slug}/foundation/documents/{id}"})
    ResponseEntity<byte[]> download(
            Language language, @PathVariable String slug, @PathVariable String id, WebRequest request) {
        CampaignId campaign = sites.bySlug(slug)
                .map(CampaignSite::campaign)
                .orElseThrow(FoundationDocumentController::notFound)
                .id();
        UUID documentId = uuid(id).orElseThrow(FoundationDocumentController::notFound);
        FoundationDocument document =
                documents.find(campaign, documentId).orElseThrow(FoundationDocumentController::notFound);
        String etag = "\"" + document.sha256() + "\"";
        CacheControl cache = CacheControl.noCache().cachePublic();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cache)
                    .build();
        }
        byte[] file = documents.file(campaign, documentId).orElseThrow(FoundationDocumentController::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(file.length)
                .eTag(etag)
                .cacheControl(cache)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(document, language))
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file);
    }

    /** The title in the reader's language and the date, in lower-case ASCII letters, digits and dashes. */
    static String fileName(FoundationDocument document, Language language) {
        String ascii = Normalizer.normalize(document.title().get(language), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (ascii.length() > LONGEST_NAME) {
            ascii = ascii.substring(0, LONGEST_NAME).replaceAll("-$", "");
        }
        return (ascii.isEmpty() ? "document" : ascii) + "-" + document.date() + ".pdf";
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
