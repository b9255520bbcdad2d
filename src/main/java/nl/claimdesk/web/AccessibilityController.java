package nl.claimdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.Markdown;
import nl.claimdesk.shared.SafeHtml;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The site's accessibility statement, written in Markdown per language under {@code content/}. */
@Controller
class AccessibilityController {

    private final PageFactory pages;
    private final Map<Language, SafeHtml> statements = new EnumMap<>(Language.class);

    AccessibilityController(PageFactory pages) {
        this.pages = pages;
        for (Language language : Language.values()) {
            statements.put(language, Markdown.toHtml(read("content/accessibility." + language.code() + ".md"), 2));
        }
    }

    @GetMapping({"/nl/toegankelijkheid", "/en/accessibility"})
    ModelAndView statement(Language language) {
        Texts t = pages.texts(language);
        Page page = pages.page(language, t.get("accessibility.title"), SitePaths::accessibility);
        return Views.render(
                "web/document", page, new DocumentView(t.get("accessibility.title"), statements.get(language)));
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + path, e);
        }
    }
}
