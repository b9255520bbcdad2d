package nl.claimdesk.email;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import nl.claimdesk.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Lays out an {@link OutgoingMail} as HTML (one template for every mail) and as plain text. */
@Component
class MailRenderer {

    private final TemplateEngine templates;
    private final MessageSource messages;

    MailRenderer(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    RenderedMail render(OutgoingMail mail) {
        String footerAbout = footerAbout(mail.footer(), mail.language());
        String footerPrivacy = footerPrivacy(mail.language());
        String html = html("email/mail.jte", mail, footerAbout, footerPrivacy);
        return new RenderedMail(mail.subject(), text(mail, footerAbout, footerPrivacy), html);
    }

    /** A mail of a mailing: its Markdown body as HTML, and as the plain text the author wrote. */
    RenderedMail render(BulkMail mail) {
        String footerAbout = footerAbout(mail.footer(), mail.language());
        String footerPrivacy = footerPrivacy(mail.language());
        String html = html("email/bulk.jte", mail, footerAbout, footerPrivacy);
        StringBuilder text = new StringBuilder();
        text.append(mail.greeting())
                .append("\n\n")
                .append(mail.textBody().strip())
                .append("\n\n-- \n");
        for (String note : mail.notes()) {
            text.append(note).append("\n");
        }
        if (mail.unsubscribe() != null) {
            text.append(mail.unsubscribe().label())
                    .append(": ")
                    .append(mail.unsubscribe().url())
                    .append("\n");
        }
        text.append(footerAbout)
                .append("\n")
                .append(footerPrivacy)
                .append(": ")
                .append(mail.footer().privacyUrl())
                .append("\n");
        return new RenderedMail(mail.subject(), text.toString(), html);
    }

    private String footerAbout(OutgoingMail.Footer footer, Language language) {
        return messages.getMessage("mail.footer.about", new Object[] {footer.sender()}, language.locale());
    }

    private String footerPrivacy(Language language) {
        return messages.getMessage("mail.footer.privacy", null, language.locale());
    }

    private String html(String template, Object mail, String footerAbout, String footerPrivacy) {
        StringOutput html = new StringOutput();
        templates.render(
                template, Map.of("mail", mail, "footerAbout", footerAbout, "footerPrivacy", footerPrivacy), html);
        return html.toString();
    }

    private static String text(OutgoingMail mail, String footerAbout, String footerPrivacy) {
        StringBuilder text = new StringBuilder();
        text.append(mail.greeting()).append("\n\n");
        for (String paragraph : mail.paragraphs()) {
            text.append(paragraph).append("\n\n");
        }
        if (mail.button() != null) {
            text.append(mail.button().label())
                    .append(":\n")
                    .append(mail.button().url())
                    .append("\n\n");
        }
        for (String line : mail.closing()) {
            text.append(line).append("\n");
        }
        text.append("\n-- \n")
                .append(footerAbout)
                .append("\n")
                .append(footerPrivacy)
                .append(": ")
                .append(mail.footer().privacyUrl())
                .append("\n");
        return text.toString();
    }
}
