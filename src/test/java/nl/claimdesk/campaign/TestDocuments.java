package nl.claimdesk.campaign;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.internal.DocumentKind;
import nl.claimdesk.campaign.internal.FoundationDocument;
import nl.claimdesk.campaign.internal.FoundationDocuments;
import nl.claimdesk.campaign.internal.PdfFile;
import nl.claimdesk.shared.Language;
import org.springframework.context.ApplicationContext;

/** Documents on a campaign's foundation page, published the way the editor's form stores them. */
public final class TestDocuments {

    private TestDocuments() {}

    /** Publishes the statutes on the campaign's foundation page; the document's id. */
    public static UUID publishStatutes(ApplicationContext context, CampaignId campaign) {
        FoundationDocument.Description statutes = new FoundationDocument.Description(
                DocumentKind.STATUTES,
                Map.of(Language.NL, "Statuten", Language.EN, "Articles of association"),
                LocalDate.EPOCH,
                Language.NL);
        return context.getBean(FoundationDocuments.class)
                .add(
                        campaign,
                        statutes,
                        PdfFile.read(DocumentClient.pdf(campaign.toString())).orElseThrow());
    }
}
