package nl.claimdesk.news.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.Markdown;
import nl.claimdesk.shared.SafeHtml;
import org.springframework.stereotype.Component;

/**
 * The HTML of a mailing's body in a language, rendered from its Markdown once rather than for every recipient: it is
 * the same for all of them (a mailing's texts never change once composed), and turning Markdown into sanitised HTML
 * took half of the delivery threads' time per mail (bench/mailing, docs/performance.md). Keeps the bodies of a few
 * mailings; when more are asked for, it starts afresh and renders again what is asked next.
 */
@Component
class MailingBodies {

    static final int KEPT = 16;

    private final Map<Key, SafeHtml> rendered = new ConcurrentHashMap<>();

    /** The body as HTML; {@code markdown} is the mailing's body in that language, as every recipient gets it. */
    SafeHtml html(UUID mailing, Language language, String markdown) {
        Key key = new Key(mailing, language);
        SafeHtml html = rendered.get(key);
        if (html == null) {
            if (rendered.size() >= KEPT) {
                rendered.clear();
            }
            html = Markdown.toHtml(markdown, 2);
            rendered.put(key, html);
        }
        return html;
    }

    private record Key(UUID mailing, Language language) {}
}
