package nl.claimdesk.campaign.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import nl.claimdesk.campaign.view.RegisterLinkView;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Changes the link from the foundation page to the case's own entry in the court's central register for collective
 * actions. Empty removes the link; anything else must be a whole {@code https} address.
 */
@Controller
class RegisterLinkController {

    static final String KIND = "register";
    private static final int LONGEST = 500;

    private final ContentEditorPages pages;
    private final BackofficePages frame;
    private final EditableContent content;
    private final ContentEdits edits;

    RegisterLinkController(
            ContentEditorPages pages, BackofficePages frame, EditableContent content, ContentEdits edits) {
        this.pages = pages;
        this.frame = frame;
        this.content = content;
        this.edits = edits;
    }

    @GetMapping(ContentSection.PATH + "/{slug}/" + KIND)
    ModelAndView edit(@PathVariable String slug) {
        EditableCampaign campaign = pages.campaign(slug);
        return form(campaign, content.registerUrl(campaign.id()), FormErrors.none());
    }

    @PostMapping(ContentSection.PATH + "/{slug}/" + KIND)
    ModelAndView save(
            @PathVariable String slug, @RequestParam(defaultValue = "") String url, HttpServletRequest request) {
        EditableCampaign campaign = pages.campaign(slug);
        String typed = url.strip();
        FormErrors errors = FormErrors.none();
        if (!typed.isEmpty() && !isHttpsAddress(typed)) {
            errors.add("url", pages.texts().get("register.error"));
        }
        if (!errors.isEmpty()) {
            return form(campaign, typed, errors);
        }
        String before = content.registerUrl(campaign.id());
        edits.saveRegisterUrl(
                ContentEditorPages.editor(request),
                campaign,
                before.isEmpty() ? null : before,
                typed.isEmpty() ? null : typed);
        return ContentEditorPages.saved(campaign);
    }

    static String path(String slug) {
        return ContentSection.PATH + "/" + slug + "/" + KIND;
    }

    private ModelAndView form(EditableCampaign campaign, String url, FormErrors errors) {
        Texts t = pages.texts();
        RegisterLinkView view = new RegisterLinkView(
                t.get("register.heading"),
                campaign.name(),
                path(campaign.slug()),
                ContentEditorPages.overviewOf(campaign.slug()),
                errors,
                url);
        return Views.render("campaign/backoffice/register", frame.page(view.heading(), ContentSection.PATH), view);
    }

    private static boolean isHttpsAddress(String typed) {
        if (typed.length() > LONGEST || typed.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(typed);
            @Nullable String host = uri.getHost();
            return "https"
                            .equals(
                                    uri.getScheme() == null
                                            ? null
                                            : uri.getScheme().toLowerCase(Locale.ROOT))
                    && host != null
                    && host.contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
