package nl.claimdesk.shared;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns Markdown written by editors into sanitised HTML. Raw HTML in the source is escaped by the renderer and the
 * result is cleaned against an allow-list, so neither a {@code <script>} nor a {@code javascript:} link can reach a
 * page. Headings are shifted down so content never competes with the page's own {@code h1}/{@code h2}.
 */
public final class Markdown {

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(AutolinkExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .extensions(List.of(AutolinkExtension.create()))
            .build();
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "col", "colgroup")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "mailto", "tel");

    private Markdown() {}

    /** Markdown that appears inside a section of a page: its top heading becomes an {@code h3}. */
    public static SafeHtml toHtml(String markdown) {
        return toHtml(markdown, 3);
    }

    /** Markdown whose top heading ({@code #}) becomes a heading of {@code topLevel} (2 to 6). */
    public static SafeHtml toHtml(String markdown, int topLevel) {
        if (markdown.isBlank()) {
            return SafeHtml.empty();
        }
        String rendered = RENDERER.render(PARSER.parse(markdown));
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(rendered));
        int shift = Math.clamp(topLevel, 2, 6) - 1;
        for (Element heading : clean.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(level + shift, 6));
        }
        for (Element link : clean.select("a[href^=http]")) {
            link.attr("rel", "noopener noreferrer");
        }
        clean.outputSettings().prettyPrint(false);
        return SafeHtml.sanitised(clean.body().html().strip());
    }
}
