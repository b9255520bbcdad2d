package nl.claimdesk.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link Page} frame for a response, so controllers only say what is specific to their page. */
@Component
public class PageFactory {

    private static final String STYLESHEET = "/assets/site.css";

    private final MessageSource messages;
    private final ResourceUrlProvider resourceUrls;
    private volatile @Nullable String stylesheetUrl;

    PageFactory(MessageSource messages, ResourceUrlProvider resourceUrls) {
        this.messages = messages;
        this.resourceUrls = resourceUrls;
    }

    public Texts texts(Language language) {
        return new Texts(messages, language);
    }

    /**
     * A page titled {@code title}, available in every language at the address {@code pathIn} gives, with the
     * site's own footer links followed by {@code footerLinks}.
     */
    public Page page(
            Language language,
            String title,
            Function<Language, String> pathIn,
            List<Link> footerLinks,
            @Nullable String description) {
        Texts texts = texts(language);
        Map<Language, String> alternates = new EnumMap<>(Language.class);
        for (Language each : Language.values()) {
            alternates.put(each, pathIn.apply(each));
        }
        List<Link> footer = new java.util.ArrayList<>(footerLinks);
        footer.add(new Link(texts.get("footer.accessibility"), SitePaths.accessibility(language)));
        return new Page(language, title, texts, alternates, List.copyOf(footer), stylesheetUrl(), description);
    }

    public Page page(Language language, String title, Function<Language, String> pathIn) {
        return page(language, title, pathIn, List.of(), null);
    }

    public String stylesheetUrl() {
        String url = stylesheetUrl;
        if (url == null) {
            String versioned = resourceUrls.getForLookupPath(STYLESHEET);
            url = versioned == null ? STYLESHEET : versioned;
            stylesheetUrl = url;
        }
        return url;
    }
}
