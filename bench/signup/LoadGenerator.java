/*
 * Load generator for the sign-up benchmark: virtual users that each go through the whole Dutch sign-up journey of a
 * campaign, page by page, as a browser does (every GET and POST, cookies, the CSRF token of the last page read), in
 * a closed loop, for a warm-up and then a measurement.
 *
 * Usage: java bench/signup/LoadGenerator.java --base http://127.0.0.1:18180 [options]
 *
 *   --base URL          the app (required)
 *   --users N           virtual users, each a virtual thread with its own keep-alive connection (64)
 *   --warmup S          seconds of warm-up, not measured (20)
 *   --duration S        seconds of measurement (60)
 *   --out DIR           where to write journeys.tsv, summary.txt, summary.json, timeline.tsv, errors.txt (.)
 *   --slug SLUG         the campaign (tiktok)
 *   --run-id ID         part of every email address, so that addresses are unique across runs (random)
 *   --gzip              send "Accept-Encoding: gzip" as browsers do (and gunzip the pages to check them)
 *   --timeout S         socket read timeout per request (30)
 *   --drain-max S       how long the journeys in flight at the end of the measurement may take to finish (60)
 *   --watch NAME=PID    also report the CPU time of this process during the measurement (repeatable); the load
 *                       generator itself, all processes named postgres and the machine as a whole are always reported
 *   --metrics URL       the app's Prometheus endpoint: read at the start and the end of the measurement, to report
 *                       the server-side time per request and the database connection use (metrics-*.txt are kept)
 *   --pace S            each user starts a journey at most every S seconds (0: no pause, the closed loop): with
 *                       journeys shorter than S, a fixed rate of users / S journeys per second
 *
 * Each journey is a new visitor: empty cookie jar, a unique email address and a unique child. The ten requests:
 *   1 GET  /nl/SLUG                         200, links to the funnel
 *   2 GET  /nl/SLUG/aanmelden               200, "Wie meld je aan?", a CSRF field; sets XSRF-TOKEN and signup
 *   3 POST /nl/SLUG/aanmelden               302 to .../gegevens           (kind=CHILDREN)
 *   4 GET  /nl/SLUG/aanmelden/gegevens      200, "Jouw gegevens"
 *   5 POST /nl/SLUG/aanmelden/gegevens      302 to .../kinderen           (the registrant, an adult)
 *   6 GET  /nl/SLUG/aanmelden/kinderen      200, "Gegevens van je kinderen"
 *   7 POST /nl/SLUG/aanmelden/kinderen      302 to .../controleren        (one child born in 2013)
 *   8 GET  /nl/SLUG/aanmelden/controleren   200, "Controleer je aanmelding", shows the address
 *   9 POST /nl/SLUG/aanmelden/controleren   302 to .../verstuurd          (privacy=yes: the sign-up is stored)
 *  10 GET  /nl/SLUG/aanmelden/verstuurd     200, "Bijna klaar", shows the address = the sign-up is acknowledged
 * Any other status, page or redirect, a socket error or a timeout is an error; the journey is then abandoned and the
 * virtual user starts a new one with a fresh connection.
 *
 * Phases are decided by the time a request (or journey) completes: before the end of the warm-up it is warm-up,
 * then measurement, and after the end of the measurement it is drain. New journeys are started until the end of
 * the measurement; the journeys in flight then are finished (drain), so that every journey ends either
 * acknowledged or with an error and the database can be checked exactly. Latency is measured from writing the
 * request to reading the last byte of the response (a new connection's connect time is included in the request
 * that opened it); all samples are kept, so the percentiles are exact. It is a closed loop: a user sends its next
 * request when the previous one is answered, with no think time.
 *
 * Exit status 0 when it ran (whatever the errors), 2 on bad arguments.
 */

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

public class LoadGenerator {

    // --- What each page must show (the page titles of messages_nl.properties) ---------------------------------------
    static final String TITLE_START = "<title>Wie meld je aan?";
    static final String TITLE_DETAILS = "<title>Jouw gegevens";
    static final String TITLE_CHILDREN = "<title>Gegevens van je kinderen";
    static final String TITLE_CHECK = "<title>Controleer je aanmelding";
    static final String TITLE_SENT = "<title>Bijna klaar";
    static final String CSRF_FIELD = "name=\"_csrf\" value=\"";

    enum Step {
        LANDING("GET", ""),
        START("GET", "/aanmelden"),
        KIND("POST", "/aanmelden"),
        DETAILS("GET", "/aanmelden/gegevens"),
        DETAILS_POST("POST", "/aanmelden/gegevens"),
        CHILDREN("GET", "/aanmelden/kinderen"),
        CHILDREN_POST("POST", "/aanmelden/kinderen"),
        CHECK("GET", "/aanmelden/controleren"),
        SEND("POST", "/aanmelden/controleren"),
        SENT("GET", "/aanmelden/verstuurd");

        final String method;
        final String suffix;

        Step(String method, String suffix) {
            this.method = method;
            this.suffix = suffix;
        }
    }

    enum Phase {
        WARMUP,
        MEASURE,
        DRAIN
    }

    // --- Settings ---------------------------------------------------------------------------------------------------
    static String host;
    static int port;
    static String hostHeader;
    static String origin;
    static int users = 64;
    static double warmupS = 20;
    static double durationS = 60;
    static Path out = Path.of(".");
    static String slug = "tiktok";
    static String runId = UUID.randomUUID().toString().substring(0, 8);
    static boolean gzip = false;
    static int timeoutMs = 30_000;
    static double drainMaxS = 60;
    static final Map<String, Long> watched = new LinkedHashMap<>();
    static String metricsUrl;
    static long paceNanos;

    // --- Clock ------------------------------------------------------------------------------------------------------
    static long t0;
    static long measureStart;
    static long measureEnd;
    static long hardStop;

    static Phase phase(long nanos) {
        return nanos < measureStart ? Phase.WARMUP : nanos < measureEnd ? Phase.MEASURE : Phase.DRAIN;
    }

    // --- Shared results ---------------------------------------------------------------------------------------------
    static final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    static final AtomicLong errorSampleCount = new AtomicLong();
    static AtomicIntegerArray acksPerSecond;
    static AtomicIntegerArray requestsPerSecond;
    static AtomicIntegerArray errorsPerSecond;
    static final List<Socket> openSockets = java.util.Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        String base = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i];
                case "--users" -> users = Integer.parseInt(args[++i]);
                case "--warmup" -> warmupS = seconds(args[++i]);
                case "--duration" -> durationS = seconds(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--slug" -> slug = args[++i];
                case "--run-id" -> runId = args[++i];
                case "--gzip" -> gzip = true;
                case "--timeout" -> timeoutMs = (int) (seconds(args[++i]) * 1000);
                case "--drain-max" -> drainMaxS = seconds(args[++i]);
                case "--watch" -> {
                    String[] kv = args[++i].split("=", 2);
                    watched.put(kv[0], Long.parseLong(kv[1]));
                }
                case "--metrics" -> metricsUrl = args[++i];
                case "--pace" -> paceNanos = (long) (seconds(args[++i]) * 1e9);
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (base == null) {
            usage("--base is required");
        }
        URI uri = URI.create(base);
        if (!"http".equals(uri.getScheme())) {
            usage("only http:// is supported");
        }
        host = uri.getHost();
        port = uri.getPort() < 0 ? 80 : uri.getPort();
        hostHeader = host + (uri.getPort() < 0 ? "" : ":" + port);
        origin = "http://" + hostHeader;
        Files.createDirectories(out);

        int seconds = (int) Math.ceil(warmupS + durationS + drainMaxS) + 5;
        acksPerSecond = new AtomicIntegerArray(seconds);
        requestsPerSecond = new AtomicIntegerArray(seconds);
        errorsPerSecond = new AtomicIntegerArray(seconds);

        System.out.printf(
                Locale.ROOT,
                "LoadGenerator: %d users, warm-up %.0f s, measurement %.0f s, %s%s, run %s%n",
                users,
                warmupS,
                durationS,
                base,
                gzip ? " (gzip)" : "",
                runId);
        t0 = System.nanoTime();
        measureStart = t0 + (long) (warmupS * 1e9);
        measureEnd = measureStart + (long) (durationS * 1e9);
        hardStop = measureEnd + (long) (drainMaxS * 1e9);
        Instant startedAt = Instant.now();

        User[] all = new User[users];
        Thread[] threads = new Thread[users];
        for (int i = 0; i < users; i++) {
            all[i] = new User(i);
            threads[i] = Thread.ofVirtual().name("user-" + i).start(all[i]);
        }
        Thread progress = Thread.ofPlatform().daemon().start(LoadGenerator::progress);
        // Snapshots of the CPU counters and the app's metrics at the start and the end of the measurement.
        Thread snapshots = Thread.ofPlatform().daemon().start(() -> {
            fetchMetrics(null); // once before, so that the client is loaded and the real reads are prompt
            try {
                Thread.sleep(Math.max(0, (measureStart - System.nanoTime()) / 1_000_000));
                cpuStart = CpuSample.take();
                metricsStart = fetchMetrics("metrics-start.txt");
                Thread.sleep(Math.max(0, (measureEnd - System.nanoTime()) / 1_000_000));
                cpuEnd = CpuSample.take();
                metricsEnd = fetchMetrics("metrics-end.txt");
            } catch (InterruptedException e) {
                // stopped early
            }
        });
        // The watchdog: at the hard stop, close every socket so that no user waits any longer.
        Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(Math.max(0, (hardStop - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
            synchronized (openSockets) {
                for (Socket s : openSockets) {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                }
            }
        });
        for (Thread t : threads) {
            t.join();
        }
        watchdog.interrupt();
        progress.interrupt();
        snapshots.join(30_000);
        report(all, startedAt);
    }

    static double seconds(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Double.parseDouble(t.substring(0, t.length() - 2)) / 1000;
        }
        if (t.endsWith("s")) {
            return Double.parseDouble(t.substring(0, t.length() - 1));
        }
        if (t.endsWith("m")) {
            return Double.parseDouble(t.substring(0, t.length() - 1)) * 60;
        }
        return Double.parseDouble(t);
    }

    static void usage(String problem) {
        System.err.println("LoadGenerator: " + problem + " (see the comment at the top of LoadGenerator.java)");
        System.exit(2);
    }

    static int second(long nanos) {
        int s = (int) ((nanos - t0) / 1_000_000_000L);
        return Math.max(0, Math.min(s, acksPerSecond.length() - 1));
    }

    static void progress() {
        int last = 0;
        while (true) {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                return;
            }
            int now = second(System.nanoTime());
            long acks = 0;
            long reqs = 0;
            long errs = 0;
            for (int s = last; s < now; s++) {
                acks += acksPerSecond.get(s);
                reqs += requestsPerSecond.get(s);
                errs += errorsPerSecond.get(s);
            }
            double span = Math.max(1, now - last);
            System.out.printf(
                    Locale.ROOT,
                    "  t=%3ds %-7s %7.1f sign-ups/s %8.1f requests/s %5d errors%n",
                    now,
                    phase(System.nanoTime()).name().toLowerCase(Locale.ROOT),
                    acks / span,
                    reqs / span,
                    errs);
            last = now;
        }
    }

    // --- Samples ----------------------------------------------------------------------------------------------------

    /** A growable array of latencies in microseconds. */
    static final class Samples {
        long[] values = new long[4096];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        static long[] merge(List<Samples> all) {
            int n = 0;
            for (Samples s : all) {
                n += s.size;
            }
            long[] merged = new long[n];
            int at = 0;
            for (Samples s : all) {
                System.arraycopy(s.values, 0, merged, at, s.size);
                at += s.size;
            }
            Arrays.sort(merged);
            return merged;
        }
    }

    /** The q-quantile of sorted values (nearest rank), in microseconds; -1 when there are none. */
    static long quantile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    // --- A virtual user ---------------------------------------------------------------------------------------------

    static final class JourneyFailed extends Exception {
        final String kind;
        final String detail;

        JourneyFailed(String kind, String detail) {
            super(kind, null, false, false);
            this.kind = kind;
            this.detail = detail;
        }
    }

    record Response(int status, String location, List<String> setCookies, String body, boolean close) {}

    static final class User implements Runnable {
        final int id;
        final Samples[] measured = new Samples[Step.values().length];
        final long[] requests = new long[Phase.values().length];
        final long[] acks = new long[Phase.values().length];
        final long[] journeysStarted = new long[Phase.values().length];
        final Map<String, Long> errors = new TreeMap<>();
        final long[] errorsPerPhase = new long[Phase.values().length];
        long retries;
        long connections;
        final StringBuilder journeys = new StringBuilder();
        final Map<String, String> cookies = new LinkedHashMap<>();
        Socket socket;
        InputStream in;
        OutputStream outStream;
        final byte[] buffer = new byte[64 * 1024];
        int pos;
        int lim;
        boolean reused;
        String csrf;
        int sequence;

        User(int id) {
            this.id = id;
            for (int i = 0; i < measured.length; i++) {
                measured[i] = new Samples();
            }
        }

        @Override
        public void run() {
            try {
                // Paced users start evenly spread over one pace, so that the rate is steady from the start.
                long next = t0 + paceNanos * id / Math.max(1, users);
                while (System.nanoTime() < measureEnd) {
                    sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                    if (System.nanoTime() >= measureEnd) {
                        break;
                    }
                    journey();
                    // A journey that took longer than the pace skips the starts it missed rather than catching up.
                    next = Math.max(next + paceNanos, System.nanoTime());
                }
            } finally {
                closeConnection();
            }
        }

        void journey() {
            int n = sequence++;
            String email = "u" + id + "-" + n + "-" + runId + "@example.com";
            String childLast = "Bench " + runId + " " + id + " " + n;
            cookies.clear();
            csrf = null;
            long started = System.nanoTime();
            journeysStarted[phase(started).ordinal()]++;
            Step at = Step.LANDING;
            String base = "/nl/" + slug;
            try {
                at = Step.LANDING;
                Response r = request(at, base, null, null);
                expectPage(at, r, "href=\"" + base + "/aanmelden\"", null, false);

                at = Step.START;
                r = request(at, base + "/aanmelden", null, base);
                expectPage(at, r, TITLE_START, null, true);
                boolean csrfCookie = cookies.containsKey("__Host-XSRF-TOKEN") || cookies.containsKey("XSRF-TOKEN");
                if (!csrfCookie || !(cookies.containsKey("__Host-signup") || cookies.containsKey("signup"))) {
                    throw new JourneyFailed("cookie", at + ": XSRF-TOKEN or signup cookie not set: " + cookies.keySet());
                }

                at = Step.KIND;
                r = request(at, base + "/aanmelden", form("kind", "CHILDREN"), base + "/aanmelden");
                expectRedirect(at, r, base + "/aanmelden/gegevens");

                at = Step.DETAILS;
                r = request(at, base + "/aanmelden/gegevens", null, base + "/aanmelden");
                expectPage(at, r, TITLE_DETAILS, null, true);

                at = Step.DETAILS_POST;
                r = request(
                        at,
                        base + "/aanmelden/gegevens",
                        form(
                                "firstName", "Anna",
                                "lastName", "Bench",
                                "email", email,
                                "birthDay", "3",
                                "birthMonth", "4",
                                "birthYear", "1985",
                                "country", "NL",
                                "postcode", "1234 AB",
                                "website", ""),
                        base + "/aanmelden/gegevens");
                expectRedirect(at, r, base + "/aanmelden/kinderen");

                at = Step.CHILDREN;
                r = request(at, base + "/aanmelden/kinderen", null, base + "/aanmelden/gegevens");
                expectPage(at, r, TITLE_CHILDREN, null, true);

                at = Step.CHILDREN_POST;
                r = request(
                        at,
                        base + "/aanmelden/kinderen",
                        form(
                                "child-0-firstName", "Sam",
                                "child-0-lastName", childLast,
                                "child-0-birthDay", "5",
                                "child-0-birthMonth", "6",
                                "child-0-birthYear", "2013",
                                "child-0-startYear", "2019",
                                "child-0-stillUsing", "yes",
                                "child-0-endYear", "",
                                "authority", "yes",
                                "action", "continue"),
                        base + "/aanmelden/kinderen");
                expectRedirect(at, r, base + "/aanmelden/controleren");

                at = Step.CHECK;
                r = request(at, base + "/aanmelden/controleren", null, base + "/aanmelden/kinderen");
                expectPage(at, r, TITLE_CHECK, email, true);

                at = Step.SEND;
                r = request(at, base + "/aanmelden/controleren", form("privacy", "yes"), base + "/aanmelden/controleren");
                expectRedirect(at, r, base + "/aanmelden/verstuurd");

                at = Step.SENT;
                r = request(at, base + "/aanmelden/verstuurd", null, base + "/aanmelden/controleren");
                expectPage(at, r, TITLE_SENT, email, false);

                long done = System.nanoTime();
                Phase p = phase(done);
                acks[p.ordinal()]++;
                acksPerSecond.incrementAndGet(second(done));
                journeys.append(email)
                        .append('\t')
                        .append("ack")
                        .append('\t')
                        .append(p.name().toLowerCase(Locale.ROOT))
                        .append('\t')
                        .append(Step.SENT.name())
                        .append('\t')
                        .append('-')
                        .append('\n');
            } catch (JourneyFailed failed) {
                long now = System.nanoTime();
                Phase p = phase(now);
                String kind = failed.kind + " at " + at.name();
                errors.merge(kind, 1L, Long::sum);
                errorsPerPhase[p.ordinal()]++;
                errorsPerSecond.incrementAndGet(second(now));
                if (errorSampleCount.incrementAndGet() <= 200) {
                    errorSamples.add(String.format(
                            Locale.ROOT,
                            "t=%.3fs user=%d email=%s %s: %s",
                            (now - t0) / 1e9,
                            id,
                            email,
                            kind,
                            failed.detail));
                }
                // The last step whose request was sent tells whether the sign-up may have been stored.
                journeys.append(email)
                        .append('\t')
                        .append("error")
                        .append('\t')
                        .append(p.name().toLowerCase(Locale.ROOT))
                        .append('\t')
                        .append(at.name())
                        .append('\t')
                        .append(failed.kind)
                        .append('\n');
                closeConnection();
                if (System.nanoTime() < measureEnd) {
                    sleep(100); // no error storm
                }
            }
        }

        // --- checks -------------------------------------------------------------------------------------------------

        void expectPage(Step step, Response r, String marker, String mustShow, boolean needsCsrf)
                throws JourneyFailed {
            if (r.status != 200) {
                throw new JourneyFailed("status " + r.status, step + ": expected 200, got " + r.status
                        + (r.location != null ? " to " + r.location : "") + " " + snippet(r.body));
            }
            if (!r.body.contains(marker)) {
                throw new JourneyFailed("wrong page", step + ": no '" + marker + "' in " + snippet(r.body));
            }
            if (mustShow != null && !r.body.contains(mustShow)) {
                throw new JourneyFailed("wrong page", step + ": the page does not show " + mustShow);
            }
            // The form posts the CSRF token of the last page read, as a browser does.
            int at = r.body.indexOf(CSRF_FIELD);
            if (at >= 0) {
                int from = at + CSRF_FIELD.length();
                int to = r.body.indexOf('"', from);
                csrf = r.body.substring(from, to);
            } else if (needsCsrf) {
                throw new JourneyFailed("no csrf field", step + ": no CSRF field in " + snippet(r.body));
            }
        }

        void expectRedirect(Step step, Response r, String path) throws JourneyFailed {
            if (r.status != 302) {
                throw new JourneyFailed(
                        "status " + r.status, step + ": expected 302 to " + path + ", got " + r.status + " "
                                + snippet(r.body));
            }
            String location = r.location == null ? "" : r.location;
            String locationPath = location.startsWith(origin) ? location.substring(origin.length()) : location;
            if (!locationPath.equals(path)) {
                throw new JourneyFailed("wrong redirect", step + ": expected 302 to " + path + ", got " + location);
            }
        }

        static String snippet(String body) {
            int title = body.indexOf("<title>");
            String s = title >= 0 ? body.substring(title, Math.min(body.length(), title + 120)) : body;
            int error = body.indexOf("class=\"error");
            if (error >= 0) {
                s += " ... " + body.substring(error, Math.min(body.length(), error + 200));
            }
            s = s.replaceAll("\\s+", " ");
            return s.length() > 400 ? s.substring(0, 400) : s;
        }

        String form(String... fields) {
            StringBuilder b = new StringBuilder(256);
            if (csrf != null) {
                b.append("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            }
            for (int i = 0; i + 1 < fields.length; i += 2) {
                if (!b.isEmpty()) {
                    b.append('&');
                }
                b.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return b.toString();
        }

        // --- HTTP/1.1 over one keep-alive socket --------------------------------------------------------------------

        Response request(Step step, String path, String formBody, String referer) throws JourneyFailed {
            StringBuilder b = new StringBuilder(512);
            b.append(formBody == null ? "GET " : "POST ").append(path).append(" HTTP/1.1\r\n");
            b.append("Host: ").append(hostHeader).append("\r\n");
            b.append("User-Agent: Mozilla/5.0 (X11; Linux x86_64) claimdesk-bench/1\r\n");
            b.append("Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n");
            b.append("Accept-Language: nl-NL,nl;q=0.9,en;q=0.8\r\n");
            if (gzip) {
                b.append("Accept-Encoding: gzip\r\n");
            }
            if (referer != null) {
                b.append("Referer: ").append(origin).append(referer).append("\r\n");
            }
            if (!cookies.isEmpty()) {
                b.append("Cookie: ");
                boolean first = true;
                for (Map.Entry<String, String> c : cookies.entrySet()) {
                    if (!first) {
                        b.append("; ");
                    }
                    b.append(c.getKey()).append('=').append(c.getValue());
                    first = false;
                }
                b.append("\r\n");
            }
            byte[] body = null;
            if (formBody != null) {
                body = formBody.getBytes(StandardCharsets.US_ASCII);
                b.append("Origin: ").append(origin).append("\r\n");
                b.append("Content-Type: application/x-www-form-urlencoded\r\n");
                b.append("Content-Length: ").append(body.length).append("\r\n");
            }
            b.append("\r\n");
            byte[] head = b.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] request;
            if (body == null) {
                request = head;
            } else {
                request = Arrays.copyOf(head, head.length + body.length);
                System.arraycopy(body, 0, request, head.length, body.length);
            }

            long start = System.nanoTime();
            Response r;
            try {
                r = exchange(request);
            } catch (StaleConnection stale) {
                // The server closed a kept-alive connection before it read this request: send it again on a new
                // one, as browsers do; the latency counts from the first attempt.
                retries++;
                closeConnection();
                try {
                    r = exchange(request);
                } catch (StaleConnection again) {
                    throw new JourneyFailed("closed", step + ": the server closed the connection: " + again.getMessage());
                } catch (IOException e) {
                    throw failure(step, e);
                }
            } catch (IOException e) {
                throw failure(step, e);
            }
            long end = System.nanoTime();
            Phase p = phase(end);
            requests[p.ordinal()]++;
            requestsPerSecond.incrementAndGet(second(end));
            if (p == Phase.MEASURE) {
                measured[step.ordinal()].add((end - start) / 1000);
            }
            for (String header : r.setCookies) {
                setCookie(header);
            }
            if (r.close) {
                closeConnection();
            }
            return r;
        }

        JourneyFailed failure(Step step, IOException e) {
            closeConnection();
            String kind = e instanceof SocketTimeoutException
                    ? "timeout"
                    : e instanceof ConnectException ? "connect" : System.nanoTime() >= hardStop ? "aborted" : "io";
            return new JourneyFailed(kind, step + ": " + e);
        }

        void setCookie(String header) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                return;
            }
            String name = parts[0].substring(0, eq).strip();
            String value = parts[0].substring(eq + 1).strip();
            boolean expired = false;
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].strip();
                if (attribute.regionMatches(true, 0, "Max-Age=", 0, 8)) {
                    try {
                        expired = Long.parseLong(attribute.substring(8).strip()) <= 0;
                    } catch (NumberFormatException ignored) {
                        // keep it
                    }
                }
            }
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }

        static final class StaleConnection extends IOException {
            StaleConnection(String message) {
                super(message);
            }
        }

        Response exchange(byte[] request) throws IOException {
            if (socket == null) {
                connect();
            }
            boolean wasReused = reused;
            reused = true;
            try {
                outStream.write(request);
                outStream.flush();
            } catch (IOException e) {
                if (wasReused) {
                    throw new StaleConnection(e.toString());
                }
                throw e;
            }
            String status = readLine();
            if (status == null) {
                if (wasReused) {
                    throw new StaleConnection("end of stream before the status line");
                }
                throw new IOException("end of stream before the status line");
            }
            if (!status.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP response: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            String location = null;
            List<String> setCookies = new ArrayList<>(2);
            long contentLength = -1;
            boolean chunked = false;
            boolean gzipped = false;
            boolean close = status.startsWith("HTTP/1.0");
            String line;
            while ((line = readLine()) != null && !line.isEmpty()) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = line.substring(0, colon);
                String value = line.substring(colon + 1).strip();
                switch (name.toLowerCase(Locale.ROOT)) {
                    case "location" -> location = value;
                    case "set-cookie" -> setCookies.add(value);
                    case "content-length" -> contentLength = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "content-encoding" -> gzipped = value.equalsIgnoreCase("gzip");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> {}
                }
            }
            if (line == null) {
                throw new IOException("end of stream in the headers");
            }
            byte[] body;
            if (chunked) {
                ByteArrayOutputStream all = new ByteArrayOutputStream(16 * 1024);
                while (true) {
                    String size = readLine();
                    if (size == null) {
                        throw new IOException("end of stream in a chunk size");
                    }
                    int semi = size.indexOf(';');
                    int n = Integer.parseInt((semi >= 0 ? size.substring(0, semi) : size).strip(), 16);
                    if (n == 0) {
                        while ((line = readLine()) != null && !line.isEmpty()) {
                            // trailers
                        }
                        break;
                    }
                    readFully(all, n);
                    readLine(); // the CRLF after the chunk
                }
                body = all.toByteArray();
            } else if (contentLength >= 0) {
                ByteArrayOutputStream all = new ByteArrayOutputStream((int) contentLength);
                readFully(all, (int) contentLength);
                body = all.toByteArray();
            } else if (code == 204 || code == 304 || (code >= 100 && code < 200)) {
                body = new byte[0];
            } else {
                ByteArrayOutputStream all = new ByteArrayOutputStream(16 * 1024);
                while (true) {
                    if (pos == lim && !fill()) {
                        break;
                    }
                    all.write(buffer, pos, lim - pos);
                    pos = lim;
                }
                body = all.toByteArray();
                close = true;
            }
            if (gzipped && body.length > 0) {
                try (InputStream z = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
                    body = z.readAllBytes();
                }
            }
            return new Response(code, location, setCookies, new String(body, StandardCharsets.ISO_8859_1), close);
        }

        void connect() throws IOException {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            s.setSoTimeout(timeoutMs);
            openSockets.add(s);
            try {
                s.connect(new InetSocketAddress(host, port), 5000);
            } catch (IOException e) {
                openSockets.remove(s);
                s.close();
                throw e;
            }
            socket = s;
            in = s.getInputStream();
            outStream = s.getOutputStream();
            pos = 0;
            lim = 0;
            reused = false;
            connections++;
        }

        void closeConnection() {
            Socket s = socket;
            if (s != null) {
                socket = null;
                openSockets.remove(s);
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }

        boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            lim = n;
            return true;
        }

        /** A header line without its CRLF, or null at the end of the stream. */
        String readLine() throws IOException {
            StringBuilder line = null;
            while (true) {
                if (pos == lim && !fill()) {
                    return line == null ? null : line.toString();
                }
                int start = pos;
                while (pos < lim && buffer[pos] != '\n') {
                    pos++;
                }
                int end = pos;
                boolean found = pos < lim;
                if (found) {
                    pos++;
                }
                if (line == null && found) {
                    int e = end > start && buffer[end - 1] == '\r' ? end - 1 : end;
                    return new String(buffer, start, e - start, StandardCharsets.ISO_8859_1);
                }
                if (line == null) {
                    line = new StringBuilder();
                }
                line.append(new String(buffer, start, end - start, StandardCharsets.ISO_8859_1));
                if (found) {
                    if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
                        line.setLength(line.length() - 1);
                    }
                    return line.toString();
                }
            }
        }

        void readFully(ByteArrayOutputStream to, int n) throws IOException {
            while (n > 0) {
                if (pos == lim && !fill()) {
                    throw new IOException("end of stream in the body");
                }
                int take = Math.min(n, lim - pos);
                to.write(buffer, pos, take);
                pos += take;
                n -= take;
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- CPU and metrics --------------------------------------------------------------------------------------------

    static volatile CpuSample cpuStart;
    static volatile CpuSample cpuEnd;
    static volatile Map<String, Double> metricsStart;
    static volatile Map<String, Double> metricsEnd;

    /** CPU counters from /proc: the machine (busy, total and steal ticks) and per watched process (ticks). */
    record CpuSample(long nanos, long busy, long total, long steal, Map<String, Long> processes, Map<String, Long> appThreads) {

        static CpuSample take() {
            long now = System.nanoTime();
            long busy = 0;
            long total = 0;
            long steal = 0;
            Map<String, Long> processes = new LinkedHashMap<>();
            try {
                String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
                String[] f = cpu.trim().split("\\s+");
                // user nice system idle iowait irq softirq steal
                long user = Long.parseLong(f[1]);
                long nice = Long.parseLong(f[2]);
                long system = Long.parseLong(f[3]);
                long idle = Long.parseLong(f[4]);
                long iowait = Long.parseLong(f[5]);
                long irq = Long.parseLong(f[6]);
                long softirq = Long.parseLong(f[7]);
                steal = Long.parseLong(f[8]);
                busy = user + nice + system + irq + softirq + steal;
                total = busy + idle + iowait;
            } catch (IOException | RuntimeException e) {
                // not Linux: no CPU figures
            }
            processes.put("load generator", ticks(ProcessHandle.current().pid()));
            watched.forEach((name, pid) -> processes.put(name, ticks(pid)));
            long postgres = 0;
            try (var dirs = Files.list(Path.of("/proc"))) {
                for (Path dir : (Iterable<Path>) dirs::iterator) {
                    String name = dir.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = Files.readString(dir.resolve("stat"));
                        if (stat.contains("(postgres)")) {
                            postgres += ticksOf(stat);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the process ended meanwhile
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no /proc
            }
            processes.put("postgres", postgres);
            Map<String, Long> appThreads = new TreeMap<>();
            Long app = watched.get("app");
            if (app != null) {
                try (var tasks = Files.list(Path.of("/proc/" + app + "/task"))) {
                    for (Path task : (Iterable<Path>) tasks::iterator) {
                        try {
                            String stat = Files.readString(task.resolve("stat"));
                            String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                            appThreads.merge(threadGroup(comm), ticksOf(stat), Long::sum);
                        } catch (IOException | RuntimeException gone) {
                            // the thread ended meanwhile
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // no /proc
                }
            }
            return new CpuSample(now, busy, total, steal, processes, appThreads);
        }

        /** What an app thread does, from its (15-character) Linux name. */
        static String threadGroup(String comm) {
            if (comm.startsWith("http-nio-" + port)) {
                return "web requests (Tomcat threads)";
            }
            if (comm.startsWith("http-nio-")) {
                return "management port (metrics, health)";
            }
            if (comm.startsWith("mail-delivery")) {
                return "mail delivery (outbox worker)";
            }
            if (comm.contains("Compiler")) {
                return "JIT compiler";
            }
            if (comm.startsWith("GC ") || comm.startsWith("G1 ") || comm.startsWith("VM ")) {
                return "GC and VM";
            }
            return "other threads";
        }

        static long ticks(long pid) {
            try {
                return ticksOf(Files.readString(Path.of("/proc/" + pid + "/stat")));
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        /** utime + stime of a /proc/PID/stat line (fields 14 and 15; the name in parentheses may hold spaces). */
        static long ticksOf(String stat) {
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }
    }

    static final java.net.http.HttpClient METRICS_CLIENT = java.net.http.HttpClient.newHttpClient();

    static Map<String, Double> fetchMetrics(String file) {
        if (metricsUrl == null) {
            return null;
        }
        try {
            var response = METRICS_CLIENT.send(
                    java.net.http.HttpRequest.newBuilder(URI.create(metricsUrl))
                            .timeout(java.time.Duration.ofSeconds(10))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (file == null) {
                return null;
            }
            Files.writeString(out.resolve(file), response.body());
            Map<String, Double> values = new LinkedHashMap<>();
            for (String line : response.body().split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.lastIndexOf(' ');
                try {
                    values.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
                } catch (RuntimeException ignored) {
                    // not a sample line
                }
            }
            return values;
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("LoadGenerator: could not read the metrics at " + metricsUrl + ": " + e);
            return null;
        }
    }

    static double delta(String key) {
        Double a = metricsStart.get(key);
        Double b = metricsEnd.get(key);
        return (b == null ? 0 : b) - (a == null ? 0 : a);
    }

    /** The CPU table and the server-side figures, as text and as JSON members (appended to the two builders). */
    static void resources(StringBuilder text, StringBuilder json, long signUps, long requests) {
        int hz = 100; // USER_HZ on Linux
        CpuSample a = cpuStart;
        CpuSample b = cpuEnd;
        if (a != null && b != null && b.total() > a.total()) {
            double wall = (b.nanos() - a.nanos()) / 1e9;
            int cores = Runtime.getRuntime().availableProcessors();
            double busyCores = cores * (double) (b.busy() - a.busy()) / (b.total() - a.total());
            double steal = 100.0 * (b.steal() - a.steal()) / (b.total() - a.total());
            text.append(String.format(
                    Locale.ROOT,
                    "%nCPU during the measurement (%.1f s), in cores of %d: machine busy %.2f (%.0f%%), steal %.1f%%%n",
                    wall,
                    cores,
                    busyCores,
                    100 * busyCores / cores,
                    steal));
            json.append(String.format(
                    Locale.ROOT,
                    "  \"cpu\": {\"cores\": %d, \"busy_cores\": %.3f, \"steal_pct\": %.2f",
                    cores,
                    busyCores,
                    steal));
            double accounted = 0;
            for (String name : b.processes().keySet()) {
                double used = (b.processes().get(name) - a.processes().getOrDefault(name, 0L)) / (double) hz / wall;
                accounted += used;
                text.append(String.format(
                        Locale.ROOT,
                        "  %-16s %5.2f cores  %6.0f us CPU per sign-up%n",
                        name,
                        used,
                        signUps == 0 ? 0 : used * wall * 1e6 / signUps));
                json.append(String.format(
                        Locale.ROOT, ", \"%s_cores\": %.3f", name.replace(' ', '_'), used));
            }
            double other = Math.max(0, busyCores - accounted);
            text.append(String.format(Locale.ROOT, "  %-16s %5.2f cores (the rest of the machine)%n", "other", other));
            double perSignUp = signUps == 0 ? 0 : accounted * wall / signUps; // CPU seconds of the four per sign-up
            if (perSignUp > 0) {
                text.append(String.format(
                        Locale.ROOT,
                        "  CPU of the four above per sign-up: %.1f ms; with all %d cores to themselves they would"
                                + " manage about %.0f sign-ups/s (%d / %.4f s), if the CPU per sign-up stayed the same%n",
                        perSignUp * 1000,
                        cores,
                        cores / perSignUp,
                        cores,
                        perSignUp));
                json.append(String.format(
                        Locale.ROOT,
                        ", \"cpu_ms_per_signup\": %.3f, \"projected_signups_per_s\": %.1f",
                        perSignUp * 1000,
                        cores / perSignUp));
            }
            if (!b.appThreads().isEmpty()) {
                text.append(String.format(Locale.ROOT, "  the app's threads (from /proc/PID/task; threads that ended are missing):%n"));
                for (String group : b.appThreads().keySet()) {
                    double used =
                            (b.appThreads().get(group) - a.appThreads().getOrDefault(group, 0L)) / (double) hz / wall;
                    text.append(String.format(
                            Locale.ROOT,
                            "    %-36s %5.2f cores  %6.0f us CPU per sign-up%s%n",
                            group,
                            used,
                            signUps == 0 ? 0 : used * wall * 1e6 / signUps,
                            group.startsWith("web") && requests > 0
                                    ? String.format(Locale.ROOT, ", %.0f us per request", used * wall * 1e6 / requests)
                                    : ""));
                    json.append(String.format(
                            Locale.ROOT,
                            ", \"app_%s_cores\": %.3f",
                            group.replaceAll(" .*", "").replace('-', '_').toLowerCase(Locale.ROOT),
                            used));
                }
            }
            json.append(String.format(Locale.ROOT, ", \"other_cores\": %.3f},%n", other));
        }
        if (metricsStart != null && metricsEnd != null) {
            text.append(String.format(Locale.ROOT, "%nServer side during the measurement (the app's metrics)%n"));
            text.append(String.format(
                    Locale.ROOT, "  %-6s %-38s %-6s %9s %12s%n", "method", "uri", "status", "requests", "mean ms"));
            json.append("  \"server\": [");
            boolean first = true;
            double requestsSeen = 0;
            for (String key : metricsEnd.keySet()) {
                if (!key.startsWith("http_server_requests_seconds_count{")) {
                    continue;
                }
                double count = delta(key);
                if (count <= 0) {
                    continue;
                }
                double sum = delta(key.replace("_count{", "_sum{"));
                String labels = key.substring(key.indexOf('{'));
                String method = label(labels, "method");
                String uri = label(labels, "uri");
                String status = label(labels, "status");
                requestsSeen += count;
                text.append(String.format(
                        Locale.ROOT,
                        "  %-6s %-38s %-6s %9.0f %12.2f%n",
                        method,
                        uri,
                        status,
                        count,
                        1000 * sum / count));
                json.append(first ? "" : ",")
                        .append(String.format(
                                Locale.ROOT,
                                "%n    {\"method\": \"%s\", \"uri\": \"%s\", \"status\": \"%s\", \"count\": %.0f,"
                                        + " \"mean_ms\": %.3f}",
                                method,
                                uri,
                                status,
                                count,
                                1000 * sum / count));
                first = false;
            }
            json.append("\n  ],\n");
            double acquires = 0;
            double acquireSum = 0;
            double usageSum = 0;
            for (String key : metricsEnd.keySet()) {
                if (key.startsWith("hikaricp_connections_acquire_seconds_count{")) {
                    acquires += delta(key);
                    acquireSum += delta(key.replace("_count{", "_sum{"));
                }
                if (key.startsWith("hikaricp_connections_usage_seconds_sum{")) {
                    usageSum += delta(key);
                }
            }
            double gcCount = 0;
            double gcSum = 0;
            for (String key : metricsEnd.keySet()) {
                if (key.startsWith("jvm_gc_pause_seconds_count{")) {
                    gcCount += delta(key);
                    gcSum += delta(key.replace("_count{", "_sum{"));
                }
            }
            text.append(String.format(
                    Locale.ROOT,
                    "  requests counted by the app: %.0f (the load generator counted %d)%n"
                            + "  database connections taken from the pool: %.0f = %.2f per sign-up, %.2f per request;"
                            + " mean wait for one %.3f ms, mean time held %.3f ms%n"
                            + "  GC pauses: %.0f, %.0f ms in total%n",
                    requestsSeen,
                    requests,
                    acquires,
                    signUps == 0 ? 0 : acquires / signUps,
                    requestsSeen == 0 ? 0 : acquires / requestsSeen,
                    acquires == 0 ? 0 : 1000 * acquireSum / acquires,
                    acquires == 0 ? 0 : 1000 * usageSum / acquires,
                    gcCount,
                    1000 * gcSum));
            json.append(String.format(
                    Locale.ROOT,
                    "  \"pool\": {\"acquires\": %.0f, \"acquire_mean_ms\": %.4f, \"usage_mean_ms\": %.4f},"
                            + " \"gc\": {\"pauses\": %.0f, \"total_ms\": %.1f},%n",
                    acquires,
                    acquires == 0 ? 0 : 1000 * acquireSum / acquires,
                    acquires == 0 ? 0 : 1000 * usageSum / acquires,
                    gcCount,
                    1000 * gcSum));
        }
    }

    static String label(String labels, String name) {
        String key = name + "=\"";
        int at = labels.indexOf(key);
        if (at < 0) {
            return "";
        }
        int from = at + key.length();
        return labels.substring(from, labels.indexOf('"', from));
    }

    // --- Report -----------------------------------------------------------------------------------------------------

    static void report(User[] all, Instant startedAt) throws IOException {
        Step[] steps = Step.values();
        long[][] perStep = new long[steps.length][];
        List<Samples> everything = new ArrayList<>();
        for (Step step : steps) {
            List<Samples> list = new ArrayList<>();
            for (User u : all) {
                list.add(u.measured[step.ordinal()]);
            }
            everything.addAll(list);
            perStep[step.ordinal()] = Samples.merge(list);
        }
        long[] overall = Samples.merge(everything);

        long[] requests = new long[3];
        long[] acks = new long[3];
        long[] started = new long[3];
        long[] errorsByPhase = new long[3];
        long retries = 0;
        long connections = 0;
        Map<String, Long> errors = new TreeMap<>();
        StringBuilder journeys = new StringBuilder();
        for (User u : all) {
            for (int p = 0; p < 3; p++) {
                requests[p] += u.requests[p];
                acks[p] += u.acks[p];
                started[p] += u.journeysStarted[p];
                errorsByPhase[p] += u.errorsPerPhase[p];
            }
            retries += u.retries;
            connections += u.connections;
            u.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
            journeys.append(u.journeys);
        }
        int m = Phase.MEASURE.ordinal();
        double signUpsPerS = acks[m] / durationS;
        double requestsPerS = requests[m] / durationS;
        long totalErrors = errorsByPhase[0] + errorsByPhase[1] + errorsByPhase[2];

        // Per-second sign-ups in the measurement window (whole seconds only).
        int firstSecond = (int) Math.ceil(warmupS);
        int lastSecond = (int) Math.floor(warmupS + durationS) - 1;
        int minPerSecond = Integer.MAX_VALUE;
        int maxPerSecond = 0;
        for (int s = firstSecond; s <= lastSecond && s < acksPerSecond.length(); s++) {
            minPerSecond = Math.min(minPerSecond, acksPerSecond.get(s));
            maxPerSecond = Math.max(maxPerSecond, acksPerSecond.get(s));
        }
        if (minPerSecond == Integer.MAX_VALUE) {
            minPerSecond = 0;
        }

        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Sign-up journey: %d virtual users, warm-up %.0f s, measurement %.0f s%s, started %s%n",
                users,
                warmupS,
                durationS,
                gzip ? ", Accept-Encoding: gzip" : "",
                startedAt));
        text.append(String.format(
                Locale.ROOT,
                "Completed sign-ups in the measurement: %d = %.1f/s (per second: min %d, max %d)%n",
                acks[m],
                signUpsPerS,
                minPerSecond,
                maxPerSecond));
        text.append(String.format(
                Locale.ROOT, "Requests in the measurement: %d = %.1f/s%n", requests[m], requestsPerS));
        text.append(String.format(
                Locale.ROOT,
                "Journeys: started %d (warm-up %d, measurement %d), acknowledged %d (warm-up %d, measurement %d,"
                        + " drain %d), errors %d (warm-up %d, measurement %d, drain %d)%n",
                started[0] + started[1] + started[2],
                started[0],
                started[1],
                acks[0] + acks[1] + acks[2],
                acks[0],
                acks[1],
                acks[2],
                totalErrors,
                errorsByPhase[0],
                errorsByPhase[1],
                errorsByPhase[2]));
        text.append(String.format(
                Locale.ROOT,
                "Connections opened: %d; requests re-sent on a new connection after the server closed an idle one: %d%n",
                connections,
                retries));
        text.append(String.format(Locale.ROOT, "%n%-4s %-5s %-34s %8s %8s %8s %8s %9s %8s%n",
                "step", "", "path", "requests", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms"));
        for (Step step : steps) {
            long[] s = perStep[step.ordinal()];
            text.append(String.format(
                    Locale.ROOT,
                    "%-4d %-5s %-34s %8d %8s %8s %8s %9s %8s%n",
                    step.ordinal() + 1,
                    step.method,
                    "/nl/" + slug + step.suffix,
                    s.length,
                    ms(quantile(s, 0.5)),
                    ms(quantile(s, 0.9)),
                    ms(quantile(s, 0.99)),
                    ms(quantile(s, 0.999)),
                    ms(s.length == 0 ? -1 : s[s.length - 1])));
        }
        text.append(String.format(
                Locale.ROOT,
                "%-4s %-5s %-34s %8d %8s %8s %8s %9s %8s%n",
                "all",
                "",
                "(every request)",
                overall.length,
                ms(quantile(overall, 0.5)),
                ms(quantile(overall, 0.9)),
                ms(quantile(overall, 0.99)),
                ms(quantile(overall, 0.999)),
                ms(overall.length == 0 ? -1 : overall[overall.length - 1])));
        text.append(String.format(Locale.ROOT, "%nErrors (all phases): %d%n", totalErrors));
        errors.forEach((k, v) -> text.append(String.format(Locale.ROOT, "  %6d  %s%n", v, k)));
        StringBuilder resourcesJson = new StringBuilder();
        resources(text, resourcesJson, acks[m], requests[m]);

        StringBuilder json = new StringBuilder();
        json.append("{\n");
        json.append(String.format(
                Locale.ROOT,
                "  \"users\": %d, \"warmup_s\": %s, \"duration_s\": %s, \"gzip\": %s, \"run_id\": \"%s\",%n",
                users,
                num(warmupS),
                num(durationS),
                gzip,
                runId));
        json.append(String.format(
                Locale.ROOT,
                "  \"signups\": %d, \"signups_per_s\": %.2f, \"signups_per_s_min\": %d, \"signups_per_s_max\": %d,%n",
                acks[m],
                signUpsPerS,
                minPerSecond,
                maxPerSecond));
        json.append(String.format(
                Locale.ROOT, "  \"requests\": %d, \"requests_per_s\": %.2f,%n", requests[m], requestsPerS));
        json.append(String.format(
                Locale.ROOT,
                "  \"journeys_started\": %d, \"acknowledged_total\": %d, \"acknowledged_warmup\": %d,"
                        + " \"acknowledged_drain\": %d,%n",
                started[0] + started[1] + started[2],
                acks[0] + acks[1] + acks[2],
                acks[0],
                acks[2]));
        json.append(String.format(
                Locale.ROOT,
                "  \"errors\": %d, \"errors_warmup\": %d, \"errors_measure\": %d, \"errors_drain\": %d,"
                        + " \"connections\": %d, \"retries\": %d,%n",
                totalErrors,
                errorsByPhase[0],
                errorsByPhase[1],
                errorsByPhase[2],
                connections,
                retries));
        json.append("  \"errors_by_kind\": {");
        Iterator<Map.Entry<String, Long>> it = errors.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Long> e = it.next();
            json.append('"').append(e.getKey().replace("\"", "'")).append("\": ").append(e.getValue());
            if (it.hasNext()) {
                json.append(", ");
            }
        }
        json.append("},\n");
        json.append(resourcesJson);
        json.append("  \"overall\": ").append(stats(overall)).append(",\n");
        json.append("  \"steps\": [\n");
        for (Step step : steps) {
            long[] s = perStep[step.ordinal()];
            json.append(String.format(
                    Locale.ROOT,
                    "    {\"step\": %d, \"name\": \"%s\", \"method\": \"%s\", \"path\": \"%s\", \"stats\": %s}%s%n",
                    step.ordinal() + 1,
                    step.name(),
                    step.method,
                    "/nl/" + slug + step.suffix,
                    stats(s),
                    step.ordinal() == steps.length - 1 ? "" : ","));
        }
        json.append("  ]\n}\n");

        StringBuilder timeline = new StringBuilder("second\tphase\tsignups\trequests\terrors\n");
        int lastUsed = 0;
        for (int s = 0; s < acksPerSecond.length(); s++) {
            if (acksPerSecond.get(s) + requestsPerSecond.get(s) + errorsPerSecond.get(s) > 0) {
                lastUsed = s;
            }
        }
        for (int s = 0; s <= lastUsed; s++) {
            long at = t0 + s * 1_000_000_000L;
            timeline.append(s)
                    .append('\t')
                    .append(phase(at).name().toLowerCase(Locale.ROOT))
                    .append('\t')
                    .append(acksPerSecond.get(s))
                    .append('\t')
                    .append(requestsPerSecond.get(s))
                    .append('\t')
                    .append(errorsPerSecond.get(s))
                    .append('\n');
        }

        Files.writeString(out.resolve("summary.txt"), text);
        Files.writeString(out.resolve("summary.json"), json);
        Files.writeString(out.resolve("timeline.tsv"), timeline);
        Files.writeString(out.resolve("journeys.tsv"), "email\toutcome\tphase\tlast_step\terror\n" + journeys);
        Files.writeString(out.resolve("errors.txt"), String.join("\n", errorSamples) + "\n");
        System.out.println();
        System.out.print(text);
    }

    static String ms(long micros) {
        return micros < 0 ? "-" : String.format(Locale.ROOT, "%.2f", micros / 1000.0);
    }

    static String num(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    static String stats(long[] sorted) {
        double mean = 0;
        for (long v : sorted) {
            mean += v;
        }
        mean = sorted.length == 0 ? 0 : mean / sorted.length / 1000.0;
        return String.format(
                Locale.ROOT,
                "{\"count\": %d, \"mean_ms\": %.3f, \"p50_ms\": %s, \"p90_ms\": %s, \"p99_ms\": %s, \"p999_ms\": %s,"
                        + " \"max_ms\": %s}",
                sorted.length,
                mean,
                jsonMs(quantile(sorted, 0.5)),
                jsonMs(quantile(sorted, 0.9)),
                jsonMs(quantile(sorted, 0.99)),
                jsonMs(quantile(sorted, 0.999)),
                jsonMs(sorted.length == 0 ? -1 : sorted[sorted.length - 1]));
    }

    static String jsonMs(long micros) {
        return micros < 0 ? "null" : String.format(Locale.ROOT, "%.3f", micros / 1000.0);
    }
}
