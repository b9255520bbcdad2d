/*
 * The ceiling of the mailing benchmark: a plain SMTP sender that pushes one rendered mail, as the app put it on the
 * wire, over a fixed number of connections for a fixed time, in the same lock-step as Jakarta Mail (MAIL FROM,
 * RCPT TO, DATA, the message, the lone dot; each reply awaited before the next command; EHLO once per connection).
 * Each copy gets its own Message-ID (<raw.{connection}.{n}@bench>), so the sink counts them apart. Nothing is
 * rendered, nothing is read from a database: what is left is the SMTP exchange and the sink.
 *
 * Usage: java bench/mailing/RawSender.java PORT CONNECTIONS SECONDS SAMPLE_FILE OUT_TSV
 *   SAMPLE_FILE   the message between DATA and the dot, CRLF lines, dot-stuffed (bench/signup/SmtpSink.java --sample)
 *   OUT_TSV       one line: connections, messages, seconds, messages/s, CPU seconds of this process
 */

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RawSender {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:[ \\t]*<[^>]*>");
    private static final Pattern RECIPIENT = Pattern.compile("(?im)^To:[ \\t]*(?:.*<)?([^<>\\s]+@[^<>\\s]+)>?\\s*$");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int connections = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        String sample = Files.readString(Path.of(args[3]), StandardCharsets.ISO_8859_1);
        Matcher id = MESSAGE_ID.matcher(sample);
        Matcher to = RECIPIENT.matcher(sample);
        if (!id.find() || !to.find()) {
            throw new IllegalArgumentException(args[3] + " has no Message-ID or To header");
        }
        byte[] before = sample.substring(0, id.start()).getBytes(StandardCharsets.ISO_8859_1);
        byte[] after = (sample.substring(id.end()) + ".\r\n").getBytes(StandardCharsets.ISO_8859_1);
        String recipient = to.group(1);

        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        List<Exception> problems = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int connection = c;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    send(port, connection, recipient, before, after, end, sent);
                } catch (IOException e) {
                    synchronized (problems) {
                        problems.add(e);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        String line = String.format(Locale.ROOT, "%d\t%d\t%.2f\t%.1f\t%.2f", connections, sent.get(), elapsed,
                sent.get() / elapsed, cpu);
        Files.writeString(Path.of(args[4]), line + "\n");
        System.err.println("raw SMTP: " + line + (problems.isEmpty() ? "" : " problems: " + problems));
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    private static void send(int port, int connection, String recipient, byte[] before, byte[] after, long end,
            AtomicLong sent) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            expect(in, "220");
            command(out, in, "EHLO raw-sender.localhost", "250");
            for (long n = 0; System.nanoTime() < end; n++) {
                command(out, in, "MAIL FROM:<noreply@localhost>", "250");
                command(out, in, "RCPT TO:<" + recipient + ">", "250");
                command(out, in, "DATA", "354");
                out.write(before);
                out.write(("Message-ID: <raw." + connection + "." + n + "@bench>").getBytes(StandardCharsets.US_ASCII));
                out.write(after);
                out.flush();
                expect(in, "250");
                sent.incrementAndGet();
            }
            command(out, in, "QUIT", "221");
        }
    }

    private static void command(OutputStream out, InputStream in, String command, String code) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        expect(in, code);
    }

    /** Reads one reply (all its lines: "250-..." continues, "250 ..." ends) and checks its code. */
    private static void expect(InputStream in, String code) throws IOException {
        while (true) {
            StringBuilder line = new StringBuilder();
            for (int b; (b = in.read()) != '\n'; ) {
                if (b < 0) {
                    throw new IOException("the server closed the connection, expecting " + code);
                }
                line.append((char) b);
            }
            if (!line.toString().startsWith(code)) {
                throw new IOException("expected " + code + ", got: " + line.toString().strip());
            }
            if (line.length() < 4 || line.charAt(3) != '-') {
                return;
            }
        }
    }
}
