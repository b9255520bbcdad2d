/*
 * A minimal SMTP server for benchmarks: accepts every message, keeps nothing but who it was for and its Message-ID.
 *
 * Usage:
 *   java bench/signup/SmtpSink.java [--port N] [--port-file FILE] [--out FILE]
 *       Listens on 127.0.0.1:N (0, the default, picks a free port and writes it to --port-file). Appends one line per
 *       accepted message to --out (default smtp-sink.tsv): accepted-at (epoch ms) TAB Message-ID TAB recipient(s),
 *       comma-separated, lower case. Prints its counts on stdout when it is stopped (SIGTERM/SIGINT) and every 10 s
 *       while messages arrive.
 *       --sample FILE --sample-prefix PREFIX: also writes the first message whose Message-ID starts with PREFIX to
 *       FILE, exactly as it came over the wire between DATA and the lone dot (for a sender that replays it).
 *   java bench/signup/SmtpSink.java --report FILE
 *       Prints the counts of a file written by the sink: messages, distinct Message-IDs, distinct recipients, and
 *       how many Message-IDs and recipients occur more than once.
 *
 * Speaks just enough SMTP for JavaMail (and any well-behaved client): HELO, EHLO, MAIL FROM, RCPT TO, DATA, RSET, NOOP,
 * QUIT (and answers VRFY/HELP/anything else harmlessly). Any number of messages per connection, one virtual thread
 * per connection, every answer sent at once. No TLS, no AUTH, listens on the loopback interface only.
 */

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SmtpSink {

    private static final Pattern ADDRESS = Pattern.compile("<([^>]*)>");
    private static final int MAX_LINE = 1 << 20;

    private final BufferedWriter out;
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong recipients = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong withoutMessageId = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private Path sampleFile;
    private String samplePrefix;
    private final AtomicBoolean sampleWanted = new AtomicBoolean();

    SmtpSink(BufferedWriter out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int port = 0;
        Path portFile = null;
        Path outFile = Path.of("smtp-sink.tsv");
        Path sampleFile = null;
        String samplePrefix = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--port-file" -> portFile = Path.of(args[++i]);
                case "--out" -> outFile = Path.of(args[++i]);
                case "--sample" -> sampleFile = Path.of(args[++i]);
                case "--sample-prefix" -> samplePrefix = args[++i];
                case "--report" -> {
                    report(Path.of(args[++i]));
                    return;
                }
                default -> {
                    System.err.println("SmtpSink: unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        BufferedWriter writer = Files.newBufferedWriter(
                outFile,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        SmtpSink sink = new SmtpSink(writer);
        sink.sampleFile = sampleFile;
        sink.samplePrefix = samplePrefix;
        sink.sampleWanted.set(sampleFile != null);
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        int bound = server.getLocalPort();
        if (portFile != null) {
            Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
            Files.writeString(tmp, bound + "\n");
            Files.move(tmp, portFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.println("SmtpSink listening on 127.0.0.1:" + bound + ", writing " + outFile);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sink.flush();
            System.out.println("SmtpSink stopped: " + sink.counts());
        }));
        Thread.ofPlatform().daemon().name("sink-stats").start(() -> {
            long last = -1;
            while (true) {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    return;
                }
                long now = sink.messages.get();
                if (now != last) {
                    System.out.println("SmtpSink: " + sink.counts());
                    last = now;
                }
            }
        });
        while (true) {
            Socket socket = server.accept();
            sink.connections.incrementAndGet();
            Thread.ofVirtual().start(() -> sink.serve(socket));
        }
    }

    String counts() {
        return "connections=" + connections.get() + " messages=" + messages.get() + " recipients=" + recipients.get()
                + " without_message_id=" + withoutMessageId.get() + " bytes=" + bytes.get();
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(120_000);
            LineReader in = new LineReader(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            reply(out, "220 smtp-sink.localhost ESMTP bench sink");
            String from = null;
            List<String> to = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (upper) {
                    case "EHLO" -> reply(
                            out,
                            "250-smtp-sink.localhost\r\n250-8BITMIME\r\n250-SIZE 52428800\r\n250-SMTPUTF8\r\n250 HELP");
                    case "HELO" -> reply(out, "250 smtp-sink.localhost");
                    case "MAIL" -> {
                        from = address(line);
                        to.clear();
                        reply(out, "250 2.1.0 OK");
                    }
                    case "RCPT" -> {
                        if (from == null) {
                            reply(out, "503 5.5.1 MAIL first");
                        } else {
                            to.add(address(line).toLowerCase(Locale.ROOT));
                            reply(out, "250 2.1.5 OK");
                        }
                    }
                    case "DATA" -> {
                        if (to.isEmpty()) {
                            reply(out, "503 5.5.1 RCPT first");
                            break;
                        }
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String messageId = readData(in);
                        if (messageId == null) {
                            return; // connection closed in the middle of DATA: nothing was accepted
                        }
                        record(messageId, to);
                        reply(out, "250 2.0.0 OK queued");
                        from = null;
                        to.clear();
                    }
                    case "RSET" -> {
                        from = null;
                        to.clear();
                        reply(out, "250 2.0.0 OK");
                    }
                    case "NOOP" -> reply(out, "250 2.0.0 OK");
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 Bye");
                        return;
                    }
                    case "VRFY" -> reply(out, "252 2.5.2 Cannot VRFY user");
                    case "HELP" -> reply(out, "214 2.0.0 HELO EHLO MAIL RCPT DATA RSET NOOP QUIT");
                    default -> reply(out, "502 5.5.2 Command not recognised");
                }
            }
        } catch (IOException e) {
            // the client went away; nothing to do
        }
    }

    /** Reads the message up to the lone dot; returns its Message-ID ("" when it has none), or null on EOF. */
    private String readData(LineReader in) throws IOException {
        String messageId = "";
        boolean inHeaders = true;
        String lastHeader = null;
        long size = 0;
        StringBuilder wire = sampleWanted.get() ? new StringBuilder() : null;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals(".")) {
                if (lastHeader != null && messageId.isEmpty()) {
                    messageId = headerValue(lastHeader, "message-id");
                }
                bytes.addAndGet(size);
                if (wire != null && messageId.startsWith(samplePrefix) && sampleWanted.getAndSet(false)) {
                    Files.writeString(sampleFile, wire, StandardCharsets.ISO_8859_1);
                }
                return messageId;
            }
            if (wire != null) {
                wire.append(line).append("\r\n");
            }
            size += line.length() + 2;
            if (inHeaders) {
                if (line.isEmpty()) {
                    inHeaders = false;
                    if (lastHeader != null && messageId.isEmpty()) {
                        messageId = headerValue(lastHeader, "message-id");
                    }
                    lastHeader = null;
                } else if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                    if (lastHeader != null) {
                        lastHeader = lastHeader + " " + line.strip(); // folded header
                    }
                } else {
                    if (lastHeader != null && messageId.isEmpty()) {
                        messageId = headerValue(lastHeader, "message-id");
                    }
                    lastHeader = line.startsWith("..") ? line.substring(1) : line;
                }
            }
        }
        return null;
    }

    private static String headerValue(String header, String name) {
        int colon = header.indexOf(':');
        if (colon > 0 && header.substring(0, colon).strip().equalsIgnoreCase(name)) {
            return header.substring(colon + 1).strip();
        }
        return "";
    }

    private void record(String messageId, List<String> to) {
        messages.incrementAndGet();
        recipients.addAndGet(to.size());
        if (messageId.isEmpty()) {
            withoutMessageId.incrementAndGet();
        }
        String line = System.currentTimeMillis() + "\t" + messageId.replace('\t', ' ') + "\t" + String.join(",", to)
                + "\n";
        synchronized (this.out) {
            try {
                this.out.write(line);
                this.out.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    void flush() {
        synchronized (out) {
            try {
                out.flush();
            } catch (IOException ignored) {
                // stopping anyway
            }
        }
    }

    private static String address(String command) {
        Matcher m = ADDRESS.matcher(command);
        if (m.find()) {
            return m.group(1);
        }
        int colon = command.indexOf(':');
        return colon < 0 ? "" : command.substring(colon + 1).strip();
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Lines of the socket without their CRLF (or bare LF), as ISO-8859-1 so that any byte survives. */
    static final class LineReader {
        private final InputStream in;
        private final byte[] buf = new byte[64 * 1024];
        private int pos;
        private int lim;
        private byte[] line = new byte[1024];

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The next line, or null at the end of the stream. */
        String readLine() throws IOException {
            int n = 0;
            while (true) {
                if (pos == lim) {
                    lim = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (lim <= 0) {
                        lim = 0;
                        return n == 0 ? null : new String(line, 0, n, StandardCharsets.ISO_8859_1);
                    }
                }
                int start = pos;
                while (pos < lim && buf[pos] != '\n') {
                    pos++;
                }
                int chunk = pos - start;
                if (n + chunk > line.length) {
                    if (n + chunk > MAX_LINE) {
                        throw new IOException("line too long");
                    }
                    line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, n + chunk));
                }
                System.arraycopy(buf, start, line, n, chunk);
                n += chunk;
                if (pos < lim) { // found the LF
                    pos++;
                    if (n > 0 && line[n - 1] == '\r') {
                        n--;
                    }
                    return new String(line, 0, n, StandardCharsets.ISO_8859_1);
                }
            }
        }
    }

    private static void report(Path file) throws IOException {
        long messages = 0;
        long noId = 0;
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> rcpts = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            messages++;
            String id = parts.length > 1 ? parts[1] : "";
            if (id.isEmpty()) {
                noId++;
            } else {
                ids.merge(id, 1, Integer::sum);
            }
            if (parts.length > 2) {
                for (String r : parts[2].split(",")) {
                    if (!r.isEmpty()) {
                        rcpts.merge(r, 1, Integer::sum);
                    }
                }
            }
        }
        long dupIds = ids.values().stream().filter(c -> c > 1).count();
        long dupRcpts = rcpts.values().stream().filter(c -> c > 1).count();
        System.out.println("messages=" + messages + " distinct_message_ids=" + ids.size() + " without_message_id="
                + noId + " distinct_recipients=" + rcpts.size() + " message_ids_more_than_once=" + dupIds
                + " recipients_more_than_once=" + dupRcpts);
    }
}
