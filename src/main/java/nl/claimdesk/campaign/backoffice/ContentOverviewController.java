package nl.claimdesk.campaign.backoffice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.internal.FoundationDocuments;
import nl.claimdesk.campaign.internal.StoredContent;
import nl.claimdesk.campaign.view.ContentOverviewView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The content editor's start page: every campaign with its texts, timeline, FAQ and foundation documents, both
 * languages side by side.
 */
@Controller
class ContentOverviewController {

    private static final int EXCERPT = 90;

    private final BackofficePages pages;
    private final EditableContent content;
    private final FoundationDocuments documents;

    ContentOverviewController(BackofficePages pages, EditableContent content, FoundationDocuments documents) {
        this.pages = pages;
        this.content = content;
        this.documents = documents;
    }

    @GetMapping(ContentSection.PATH)
    ModelAndView overview(@RequestParam(required = false) @Nullable String saved) {
        Texts t = pages.texts();
        List<ContentOverviewView.CampaignContent> campaigns = new ArrayList<>();
        String notice = null;
        for (EditableCampaign campaign : content.campaigns()) {
            campaigns.add(campaign(campaign, t));
            if (campaign.slug().equals(saved)) {
                notice = t.get("content.saved", campaign.name());
            }
        }
        return Views.render(
                "campaign/backoffice/overview",
                pages.page(t.get("content.title"), ContentSection.PATH),
                new ContentOverviewView(notice, List.copyOf(campaigns)));
    }

    private ContentOverviewView.CampaignContent campaign(EditableCampaign campaign, Texts t) {
        String slug = campaign.slug();
        List<ContentOverviewView.Row> texts = content.blocks(campaign.id()).stream()
                .map(block -> new ContentOverviewView.Row(
                        t.get(TextEditorController.labelKey(block.block())),
                        excerpt(block.text().get(Language.NL)),
                        excerpt(block.text().get(Language.EN)),
                        ContentEditorPages.textPath(slug, block.block()),
                        null))
                .toList();
        List<ContentOverviewView.Row> timeline = content.timeline(campaign.id()).stream()
                .map(item -> new ContentOverviewView.Row(
                        item.date().toString(),
                        excerpt(item.texts().get(Language.NL).title()),
                        excerpt(item.texts().get(Language.EN).title()),
                        ContentEditorPages.itemPath(
                                slug, TimelineEditorController.KIND, item.id().toString()),
                        ContentEditorPages.itemPath(slug, TimelineEditorController.KIND, item.id() + "/delete")))
                .toList();
        List<StoredContent.FaqTopic> topics = content.faqTopics(campaign.id());
        Map<UUID, String> topicNames = new HashMap<>();
        topics.forEach(topic -> topicNames.put(topic.id(), topic.title().getOrDefault(Language.NL, "")));
        List<ContentOverviewView.Row> faq = content.faqItems(campaign.id()).stream()
                .map(item -> new ContentOverviewView.Row(
                        topicNames.getOrDefault(item.topicId(), ""),
                        excerpt(item.texts().get(Language.NL).question()),
                        excerpt(item.texts().get(Language.EN).question()),
                        ContentEditorPages.itemPath(
                                slug, FaqEditorController.KIND, item.id().toString()),
                        ContentEditorPages.itemPath(slug, FaqEditorController.KIND, item.id() + "/delete")))
                .toList();
        String register = content.registerUrl(campaign.id());
        List<ContentOverviewView.Row> published = documents.of(campaign.id()).stream()
                .map(document -> new ContentOverviewView.Row(
                        t.get(document.kind().labelKey()) + ", " + document.date(),
                        excerpt(document.title().get(Language.NL)),
                        excerpt(document.title().get(Language.EN)),
                        ContentEditorPages.itemPath(
                                slug,
                                DocumentEditorController.KIND,
                                document.id().toString()),
                        ContentEditorPages.itemPath(slug, DocumentEditorController.KIND, document.id() + "/delete")))
                .toList();
        return new ContentOverviewView.CampaignContent(
                slug,
                campaign.name(),
                SitePaths.campaign(Language.NL, slug),
                texts,
                timeline,
                faq,
                published,
                ContentEditorPages.itemPath(slug, TimelineEditorController.KIND, "new"),
                topics.isEmpty() ? null : ContentEditorPages.itemPath(slug, FaqEditorController.KIND, "new"),
                ContentEditorPages.itemPath(slug, DocumentEditorController.KIND, "new"),
                register.isEmpty() ? null : register,
                RegisterLinkController.path(slug));
    }

    /** The start of a text on one line, enough to recognise it. */
    static String excerpt(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1).strip() + "…";
    }
}
