package nl.claimdesk.browser.crawl;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.email.TestMailServer;
import org.awaitility.Awaitility;

/** The links in the mails the test mail server received: the crawler's entry pages that no page links to. */
final class CrawlMails {

    private CrawlMails() {}

    /** The path of the newest link to {@code prefix} (e.g. {@code /en/log-in/}) in a mail to {@code recipient}. */
    static String link(String recipient, String prefix) {
        Pattern link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(prefix) + "[A-Za-z0-9_-]+)");
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> newest(recipient, link), Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<String> newest(String recipient, Pattern link) {
        Optional<String> found = Optional.empty();
        for (MimeMessage mail : TestMailServer.mailsTo(recipient)) {
            Matcher matcher =
                    link.matcher(TestMailServer.text(mail).replace("=\r\n", "").replace("=3D", "="));
            if (matcher.find()) {
                found = Optional.of(matcher.group(1));
            }
        }
        return found;
    }
}
