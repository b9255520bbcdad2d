package nl.claimdesk.web;

import java.util.List;
import java.util.Map;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * What the page frame needs besides the content: the language, the title, where the same page lives in the other
 * languages (for the language switch), and the links in the footer.
 */
public record Page(
        Language language,
        String title,
        Texts t,
        Map<Language, String> alternates,
        List<Link> footerLinks,
        String stylesheet,
        @Nullable String description)
        implements Frame {

    public String lang() {
        return language.code();
    }

    /** The other languages this page is available in, with their address. */
    public List<Map.Entry<Language, String>> otherLanguages() {
        return alternates.entrySet().stream()
                .filter(entry -> entry.getKey() != language)
                .sorted(Map.Entry.comparingByKey())
                .toList();
    }
}
