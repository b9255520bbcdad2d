package nl.claimdesk.shared;

/**
 * HTML that has been through the sanitiser and may be written to a page unescaped. Only {@link Markdown} and
 * {@link #ofText(String)} create it, so a template that prints a {@code SafeHtml} can never print raw input.
 */
public final class SafeHtml {

    private static final SafeHtml EMPTY = new SafeHtml("");

    private final String html;

    private SafeHtml(String html) {
        this.html = html;
    }

    static SafeHtml sanitised(String html) {
        return html.isEmpty() ? EMPTY : new SafeHtml(html);
    }

    public static SafeHtml empty() {
        return EMPTY;
    }

    /** Plain text, escaped for use inside HTML. */
    public static SafeHtml ofText(String text) {
        return sanitised(org.jsoup.nodes.Entities.escape(text));
    }

    public String html() {
        return html;
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml that && html.equals(that.html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return html;
    }
}
