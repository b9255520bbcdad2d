package nl.claimdesk.campaign.backoffice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.internal.FoundationDocument;
import nl.claimdesk.campaign.internal.FoundationDocuments;
import nl.claimdesk.campaign.internal.PdfFile;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds, changes and removes the documents of a foundation page, each together with its entry in the audit log
 * ({@code content.changed} on a {@code campaign_document}, with the description and file digest before and after).
 * A stale version is refused with {@link ContentConflict}.
 */
@Component
class DocumentEdits {

    static final String SUBJECT = "campaign_document";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FoundationDocuments documents;
    private final AuditLog audit;

    DocumentEdits(FoundationDocuments documents, AuditLog audit) {
        this.documents = documents;
        this.audit = audit;
    }

    @Transactional
    UUID add(
            ContentEdits.Editor editor,
            EditableCampaign campaign,
            FoundationDocument.Description description,
            PdfFile file) {
        UUID id = documents.add(campaign.id(), description, file);
        changed(editor, campaign, id, null, details(description, file.sha256(), file.size()));
        return id;
    }

    @Transactional
    void change(
            ContentEdits.Editor editor,
            EditableCampaign campaign,
            UUID id,
            long expectedVersion,
            FoundationDocument.Description description,
            @Nullable PdfFile file) {
        FoundationDocument before = current(campaign, id);
        if (!documents.change(campaign.id(), id, expectedVersion, description, file)) {
            throw new ContentConflict("document " + id);
        }
        changed(
                editor,
                campaign,
                id,
                details(before),
                file == null
                        ? details(description, before.sha256(), before.size())
                        : details(description, file.sha256(), file.size()));
    }

    @Transactional
    void remove(ContentEdits.Editor editor, EditableCampaign campaign, UUID id, long expectedVersion) {
        FoundationDocument before = current(campaign, id);
        if (!documents.remove(campaign.id(), id, expectedVersion)) {
            throw new ContentConflict("document " + id);
        }
        changed(editor, campaign, id, details(before), null);
    }

    private FoundationDocument current(EditableCampaign campaign, UUID id) {
        return documents.find(campaign.id(), id).orElseThrow(() -> new ContentConflict("document " + id));
    }

    private void changed(
            ContentEdits.Editor editor,
            EditableCampaign campaign,
            UUID id,
            @Nullable Map<String, Object> before,
            @Nullable Map<String, Object> after) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("campaign", campaign.slug());
        details.put("before", before);
        details.put("after", after);
        audit.record(editor.actor(), editor.ip(), "content.changed", SUBJECT, id, JSON.writeValueAsString(details));
    }

    private static Map<String, Object> details(FoundationDocument document) {
        return details(document.description(), document.sha256(), document.size());
    }

    private static Map<String, Object> details(FoundationDocument.Description description, String sha256, long size) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", description.kind().name());
        for (Language language : Language.values()) {
            details.put("title_" + language.code(), description.title().get(language));
        }
        details.put("date", description.date().toString());
        details.put("language", description.language().code());
        details.put("sha256", sha256);
        details.put("size", size);
        return details;
    }
}
