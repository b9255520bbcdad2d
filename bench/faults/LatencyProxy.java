/*
 * A TCP proxy that adds latency: the fault harness's slow database. Every node connects to PostgreSQL through it;
 * while the latency file holds a number of milliseconds, every chunk of bytes in either direction is held that long
 * before it is passed on (so a query's round trip takes about twice that more). No fault proxy is packaged here.
 *
 * Usage: java bench/faults/LatencyProxy.java --listen PORT --to PORT --latency-file FILE
 *
 * Loopback only. When either side closes, the other is closed too, so a restarted database looks to the nodes
 * exactly as it would without the proxy: a lost connection.
 */

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

public class LatencyProxy {

    static Path latencyFile;
    static volatile long latencyMs;

    public static void main(String[] args) throws Exception {
        int listen = 0;
        int to = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--listen" -> listen = Integer.parseInt(args[++i]);
                case "--to" -> to = Integer.parseInt(args[++i]);
                case "--latency-file" -> latencyFile = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Thread.ofPlatform().daemon().start(LatencyProxy::watchLatency);
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listen), 512);
        System.out.println("LatencyProxy 127.0.0.1:" + listen + " -> 127.0.0.1:" + to);
        int target = to;
        while (true) {
            Socket client = server.accept();
            Thread.ofVirtual().start(() -> connect(client, target));
        }
    }

    static void connect(Socket client, int target) {
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 5_000);
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
        } catch (IOException refused) {
            close(client, upstream);
            return;
        }
        Thread.ofVirtual().start(() -> pump(client, upstream));
        pump(upstream, client);
    }

    static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) != -1) {
                long delay = latencyMs;
                if (delay > 0) {
                    Thread.sleep(delay);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException closed) {
            // one side went away
        } finally {
            close(from, to);
        }
    }

    static void close(Socket a, Socket b) {
        try {
            a.close();
        } catch (IOException ignored) {
        }
        try {
            b.close();
        } catch (IOException ignored) {
        }
    }

    static void watchLatency() {
        while (true) {
            try {
                latencyMs = Files.exists(latencyFile) ? Long.parseLong(Files.readString(latencyFile).trim()) : 0;
            } catch (IOException | NumberFormatException unreadable) {
                latencyMs = 0;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
