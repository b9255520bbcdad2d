package nl.claimdesk.campaign.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.claimdesk.campaign.Campaign;
import nl.claimdesk.campaign.internal.DocumentKind;
import nl.claimdesk.campaign.internal.FileSize;
import nl.claimdesk.campaign.internal.FoundationDocument;
import nl.claimdesk.campaign.internal.FoundationDocuments;
import nl.claimdesk.campaign.view.DocumentGroup;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import org.springframework.stereotype.Component;

/** The foundation page's documents, grouped by kind, as a reader of one language sees them. */
@Component
class FoundationDocumentList {

    private final FoundationDocuments documents;

    FoundationDocumentList(FoundationDocuments documents) {
        this.documents = documents;
    }

    List<DocumentGroup> of(Campaign campaign, Language language, Texts t) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        Map<DocumentKind, List<DocumentGroup.Entry>> byKind = new LinkedHashMap<>();
        for (FoundationDocument document : documents.of(campaign.id())) {
            byKind.computeIfAbsent(document.kind(), kind -> new ArrayList<>())
                    .add(new DocumentGroup.Entry(
                            document.title().get(language),
                            SitePaths.foundationDocument(language, campaign.slug(), document.id()),
                            document.date().toString(),
                            dates.format(document.date()),
                            document.language().code(),
                            t.get(
                                    "foundation.documents.details",
                                    t.get("foundation.documents.language."
                                            + document.language().code()),
                                    FileSize.format(document.size(), language.locale()))));
        }
        List<DocumentGroup> groups = new ArrayList<>();
        byKind.forEach((kind, entries) -> groups.add(new DocumentGroup(t.get(kind.labelKey()), List.copyOf(entries))));
        return List.copyOf(groups);
    }
}
