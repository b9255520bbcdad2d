package nl.claimdesk.dossier;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import nl.claimdesk.dossier.view.AgreementDocumentView;
import nl.claimdesk.web.Texts;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the signed agreement as a PDF (a durable medium the participant keeps): the same template engine as the
 * site, laid out by openhtmltopdf, with an embedded font so every name prints as typed.
 */
@Component
class AgreementDocument {

    private final TemplateEngine templates;

    AgreementDocument(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(AgreementDocumentView view, Texts t) {
        StringOutput html = new StringOutput();
        templates.render("dossier/agreement-pdf.jte", Map.of("view", view, "t", t), html);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("fonts/DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html.toString())), "/");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the agreement", e);
        }
        return pdf.toByteArray();
    }

    private static java.io.InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
