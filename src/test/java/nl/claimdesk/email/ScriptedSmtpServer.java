package nl.claimdesk.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small SMTP server that answers as a real one would for the recipient's local part: {@code refused...} gets
 * {@code 550 5.1.1} to RCPT TO, {@code busy...} gets {@code 451 4.7.1} (greylisting), {@code spam...} is accepted as
 * a recipient and refused with {@code 554 5.7.1} after the message; anyone else is accepted. It remembers the
 * envelope sender of every accepted mail. GreenMail cannot be told to refuse a recipient, hence this server.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Map<String, String> envelopeSenders = new ConcurrentHashMap<>();

    ScriptedSmtpServer() {
        try {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("scripted-smtp").start(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The MAIL FROM of the accepted mail to {@code recipient}, or null when none was accepted. */
    String envelopeSenderOf(String recipient) {
        return envelopeSenders.get(recipient.toLowerCase(Locale.ROOT));
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = client.getOutputStream()) {
            reply(out, "220 scripted ESMTP");
            String sender = "";
            String recipient = "";
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 scripted");
                } else if (command.startsWith("MAIL FROM:")) {
                    sender = address(line);
                    reply(out, "250 2.1.0 Ok");
                } else if (command.startsWith("RCPT TO:")) {
                    recipient = address(line);
                    reply(out, toRecipient(recipient));
                } else if (command.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    while (!".".equals(in.readLine())) {
                        // the message itself is not kept
                    }
                    if (recipient.startsWith("spam")) {
                        reply(out, "554 5.7.1 Message rejected as spam");
                    } else {
                        envelopeSenders.put(recipient, sender);
                        reply(out, "250 2.0.0 Ok: queued");
                    }
                } else if (command.equals("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else if (command.equals("RSET") || command.equals("NOOP")) {
                    reply(out, "250 2.0.0 Ok");
                } else {
                    reply(out, "502 5.5.2 Command not recognized");
                }
            }
        } catch (IOException dropped) {
            // the client went away
        }
    }

    private static String toRecipient(String recipient) {
        if (recipient.startsWith("refused")) {
            return "550 5.1.1 <" + recipient + ">: Recipient address rejected: User unknown";
        }
        if (recipient.startsWith("relay")) {
            return "554 5.7.1 <" + recipient + ">: Relay access denied";
        }
        if (recipient.startsWith("busy")) {
            return "451 4.7.1 <" + recipient + ">: Recipient address rejected: Greylisted, try again later";
        }
        return "250 2.1.5 Ok";
    }

    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open);
        return line.substring(open + 1, close).toLowerCase(Locale.ROOT);
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
