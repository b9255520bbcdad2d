package nl.claimdesk.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a page into bytes and sends them with their length. The build pre-encodes the templates' static text to
 * UTF-8 ({@code binaryStaticContent} in pom.xml); jte's own view renders into the response's writer, which decodes
 * every pre-encoded chunk back into a string for the servlet container to encode again, character by character
 * because the pages are not plain ASCII (about an eighth of a request's CPU, docs/performance.md).
 */
class BinaryJteView extends JteView {

    private final TemplateEngine templates;

    BinaryJteView(TemplateEngine templates) {
        super(templates);
        this.templates = templates;
    }

    @Override
    protected void renderMergedTemplateModel(
            Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(getUrl(), model, output);
        // The page's language, not the browser's preference that the dispatcher set as the response's locale.
        if (model.get("page") instanceof Frame page) {
            response.setLocale(Locale.forLanguageTag(page.lang()));
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(output.getContentLength());
        output.writeTo(response.getOutputStream());
    }
}
