package nl.claimdesk.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a free port, started before the first test and
 * stopped after the last, so every cached application context can deliver to it at any time. The port is handed
 * to the application as the system property {@code spring.mail.port}. Tests share the server and find their own
 * mails by their unique recipient address.
 */
public class TestMailServer implements LauncherSessionListener {

    private static GreenMail server;
    private static int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
        }
    }

    static synchronized void start() {
        if (server == null) {
            port = freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            System.setProperty("spring.mail.port", Integer.toString(port));
        }
    }

    public static int port() {
        return port;
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every mail received so far for {@code recipient}. */
    public static List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isFor(message, recipient))
                .toList();
    }

    /** Waits until {@code count} mails for {@code recipient} arrived and returns them. */
    public static List<MimeMessage> awaitMails(String recipient, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mailsTo(recipient).size() >= count);
        return mailsTo(recipient);
    }

    public static MimeMessage awaitMail(String recipient) {
        return awaitMails(recipient, 1).getLast();
    }

    /** Waits for a mail to {@code recipient} whose subject contains {@code subject}, and returns the latest such. */
    public static MimeMessage awaitMail(String recipient, String subject) {
        return awaitMails(recipient, subject, 1).getLast();
    }

    /**
     * Waits until {@code count} mails to {@code recipient} whose subject contains {@code subject} arrived, and returns
     * them: other mails to the same address, sent from a queue at their own pace, do not count.
     */
    public static List<MimeMessage> awaitMails(String recipient, String subject, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> withSubject(recipient, subject).size() >= count);
        return withSubject(recipient, subject);
    }

    /** Every mail received so far for {@code recipient} whose subject contains {@code subject}. */
    public static List<MimeMessage> withSubject(String recipient, String subject) {
        return mailsTo(recipient).stream()
                .filter(message -> subject(message).contains(subject))
                .toList();
    }

    /** The plain-text part of a mail. */
    public static String text(MimeMessage message) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
    }

    /** The plain-text part of a mail, decoded: what a mail program shows of it. */
    public static String plainText(MimeMessage message) {
        try {
            String found = plainTextIn(message.getContent(), message.isMimeType("text/plain"));
            if (found == null) {
                throw new AssertionError("no plain text in the mail '" + message.getSubject() + "'");
            }
            return found;
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainTextIn(Object content, boolean plain) throws MessagingException, java.io.IOException {
        if (plain && content instanceof String text) {
            return text;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                String found = plainTextIn(part.getContent(), part.isMimeType("text/plain"));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The path of the first link in the mail's text that starts with {@code pathPrefix}, e.g. {@code /nl/inloggen/}. */
    public static String linkPath(MimeMessage message, String pathPrefix) {
        String decoded = text(message).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+)")
                .matcher(decoded);
        if (!link.find()) {
            throw new AssertionError("no link to " + pathPrefix + " in: " + decoded);
        }
        return link.group(1);
    }

    /** The content of the mail's first attachment of type {@code contentType} (e.g. {@code application/pdf}). */
    public static byte[] attachment(MimeMessage message, String contentType) {
        try {
            byte[] found = attachmentIn(message.getContent(), contentType);
            if (found == null) {
                throw new AssertionError(
                        "no " + contentType + " attachment in the mail '" + message.getSubject() + "'");
            }
            return found;
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] attachmentIn(Object content, String contentType)
            throws MessagingException, java.io.IOException {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(contentType)) {
                    try (java.io.InputStream in = part.getInputStream()) {
                        return in.readAllBytes();
                    }
                }
                byte[] nested = attachmentIn(part.getContent(), contentType);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    /** The subjects of every mail received so far for {@code recipient}. */
    public static List<String> subjectsTo(String recipient) {
        return mailsTo(recipient).stream().map(TestMailServer::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code recipient} (in any letter case) is among the mail's recipients. */
    public static boolean isFor(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
