package nl.claimdesk.email;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
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
        String footerAbout = messages.getMessage(
                "mail.footer.about",
                new Object[] {mail.footer().sender()},
                mail.language().locale());
        String footerPrivacy =
                messages.getMessage("mail.footer.privacy", null, mail.language().locale());
        StringOutput html = new StringOutput();
        templates.render(
                "email/mail.jte",
                Map.of("mail", mail, "footerAbout", footerAbout, "footerPrivacy", footerPrivacy),
                html);
        return new RenderedMail(mail.subject(), text(mail, footerAbout, footerPrivacy), html.toString());
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
