package nl.claimdesk.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server that accepts everything and records the command verbs and each message's data as it came over the
 * wire (still dot-stuffed), one connection at a time: for tests of what the transport says, not of delivery.
 */
final class RecordingSmtpServer implements AutoCloseable {

    private final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Thread thread = Thread.ofVirtual().start(this::serve);

    RecordingSmtpServer() throws IOException {}

    int port() {
        return socket.getLocalPort();
    }

    List<String> commands() {
        return List.copyOf(commands);
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.ISO_8859_1);
        reply(out, "220 test");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            if (verb.equals("QUIT")) {
                reply(out, "221 bye");
                return;
            }
            commands.add(verb);
            if (verb.equals("DATA")) {
                reply(out, "354 go on");
                StringBuilder data = new StringBuilder();
                for (String text = in.readLine(); text != null && !text.equals("."); text = in.readLine()) {
                    data.append(text).append("\r\n");
                }
                messages.add(data.toString());
            }
            reply(out, "250 ok");
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
