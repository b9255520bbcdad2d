package nl.claimdesk.email;

import java.util.UUID;
import nl.claimdesk.email.view.MailboxView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.Markdown;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.Views;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The demo mailbox: only outside production, and only when no SMTP server is configured. */
@Controller
@Profile("!prod")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class DevMailboxController {

    private final MailTransport transport;
    private final PageFactory pages;

    DevMailboxController(MailTransport transport, PageFactory pages) {
        this.transport = transport;
        this.pages = pages;
    }

    @GetMapping("/dev/mailbox")
    ModelAndView list() {
        DevMailbox mailbox = devMailbox();
        MailboxView view = new MailboxView(
                mailbox.latest(100).stream()
                        .map(entry -> new MailboxView.Mail(
                                "/dev/mailbox/" + entry.id(),
                                entry.recipient(),
                                entry.subject(),
                                entry.sentAt()
                                        .toLocalDateTime()
                                        .withNano(0)
                                        .toString()
                                        .replace('T', ' '),
                                nl.claimdesk.shared.SafeHtml.empty()))
                        .toList(),
                null);
        return Views.render("email/mailbox", pages.page(Language.EN, "Mailbox", language -> "/dev/mailbox"), view);
    }

    @GetMapping("/dev/mailbox/{id}")
    ModelAndView mail(@PathVariable UUID id) {
        DevMailbox.Entry entry =
                devMailbox().find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        MailboxView.Mail mail = new MailboxView.Mail(
                "/dev/mailbox/" + entry.id(),
                entry.recipient(),
                entry.subject(),
                entry.sentAt().toLocalDateTime().withNano(0).toString().replace('T', ' '),
                Markdown.toHtml(entry.text().replace("\n", "  \n"), 2));
        return Views.render(
                "email/mailbox",
                pages.page(Language.EN, entry.subject(), language -> "/dev/mailbox"),
                new MailboxView(java.util.List.of(), mail));
    }

    private DevMailbox devMailbox() {
        if (transport instanceof DevMailbox mailbox) {
            return mailbox;
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
