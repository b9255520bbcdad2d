/*
 * The fault harness's SMTP server: accepts every message and appends one line per message to a file, written and
 * flushed before the message is acknowledged (250), so that the file holds every message a sender was told was
 * accepted, also when the sink is killed the moment after:
 *
 *   accepted-at (epoch ms) TAB Message-ID TAB recipient(s), comma-separated, lower case TAB the first link to a
 *   confirmation or login page in the body (or -)
 *
 * The link lets the load driver confirm a sign-up and log in as a person who reads the mail would. The file is
 * appended to, so a sink stopped (an SMTP outage) and started again on the same port keeps one history.
 *
 * Usage: java bench/faults/MailSink.java --port N --out FILE [--slow-file FILE]
 *   --slow-file   while this file exists, each message is acknowledged only after the number of milliseconds it holds
 *                 (a slow mail server: delivery rounds take long, so a node can be killed in the middle of one)
 *
 * Listens on 127.0.0.1 only. Speaks just enough SMTP for Jakarta Mail: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
 */

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class MailSink {

    static final Pattern ADDRESS = Pattern.compile("<([^>]*)>");
    static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]*>)");
    static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]*/(?:nl/bevestigen|nl/inloggen|en/confirm|en/log-in)/[A-Za-z0-9_-]{16,}");
    static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";\\r\\n]+)");
    static final Pattern ENCODING = Pattern.compile("(?i)Content-Transfer-Encoding:\\s*([\\w-]+)");

    static Writer out;
    static Path slowFile;

    public static void main(String[] args) throws Exception {
        int port = 0;
        Path outFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--out" -> outFile = Path.of(args[++i]);
                case "--slow-file" -> slowFile = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        out = Files.newBufferedWriter(
                outFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        System.out.println("MailSink listening on 127.0.0.1:" + server.getLocalPort());
        while (true) {
            Socket socket = server.accept();
            Thread.ofVirtual().start(() -> serve(socket));
        }
    }

    static void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(120_000);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream reply = socket.getOutputStream();
            say(reply, "220 mail-sink ESMTP");
            List<String> to = new ArrayList<>();
            String line;
            while ((line = readLine(in)) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> say(reply, "250-mail-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO" -> say(reply, "250 mail-sink");
                    case "MAIL" -> {
                        to.clear();
                        say(reply, "250 OK");
                    }
                    case "RCPT" -> {
                        Matcher m = ADDRESS.matcher(line);
                        to.add(m.find() ? m.group(1).toLowerCase(Locale.ROOT) : line.substring(8).trim());
                        say(reply, "250 OK");
                    }
                    case "DATA" -> {
                        say(reply, "354 End data with <CR><LF>.<CR><LF>");
                        String message = readData(in);
                        pauseWhileSlow();
                        record(message, to);
                        say(reply, "250 OK queued");
                    }
                    case "QUIT" -> {
                        say(reply, "221 Bye");
                        return;
                    }
                    default -> say(reply, "250 OK");
                }
            }
        } catch (IOException gone) {
            // the client went away; what it was told was accepted is on file
        }
    }

    static synchronized void record(String message, List<String> to) throws IOException {
        Matcher id = MESSAGE_ID.matcher(message);
        out.write(System.currentTimeMillis() + "\t" + (id.find() ? id.group(1) : "-") + "\t" + String.join(",", to)
                + "\t" + link(message) + "\n");
        out.flush();
    }

    /** The first link in any part of the message, each part decoded as its Content-Transfer-Encoding says. */
    static String link(String message) {
        List<String> parts = new ArrayList<>(List.of(message));
        Matcher boundaries = BOUNDARY.matcher(message);
        while (boundaries.find()) {
            List<String> split = new ArrayList<>();
            for (String part : parts) {
                split.addAll(List.of(part.split(Pattern.quote("--" + boundaries.group(1)))));
            }
            parts = split;
        }
        for (String part : parts) {
            int blank = part.indexOf("\r\n\r\n");
            if (blank < 0) {
                continue;
            }
            Matcher encoding = ENCODING.matcher(part.substring(0, blank));
            String body = part.substring(blank + 4);
            String decoded = !encoding.find()
                    ? body
                    : switch (encoding.group(1).toLowerCase(Locale.ROOT)) {
                        case "base64" -> new String(Base64.getMimeDecoder().decode(body.trim()), StandardCharsets.UTF_8);
                        case "quoted-printable" -> quotedPrintable(body);
                        default -> body;
                    };
            Matcher found = LINK.matcher(decoded);
            if (found.find()) {
                return found.group();
            }
        }
        return "-";
    }

    static String quotedPrintable(String text) {
        String joined = text.replaceAll("=\\r?\\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static void pauseWhileSlow() {
        try {
            if (slowFile != null && Files.exists(slowFile)) {
                Thread.sleep(Long.parseLong(Files.readString(slowFile).trim()));
            }
        } catch (IOException | NumberFormatException | InterruptedException ignored) {
            // no pause
        }
    }

    static String readData(InputStream in) throws IOException {
        StringBuilder message = new StringBuilder();
        String line;
        while ((line = readLine(in)) != null && !line.equals(".")) {
            message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return message.toString();
    }

    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return line.size() > 0 ? line.toString(StandardCharsets.UTF_8) : null;
    }

    static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
