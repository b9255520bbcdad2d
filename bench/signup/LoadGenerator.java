/*
 * Load generator for the sign-up benchmark: visitors that each go through the whole Dutch sign-up journey of a
 * campaign, page by page, as a browser does (every GET and POST, cookies, the CSRF token of the last page read), for
 * a warm-up and then a measurement; either in a closed loop (a fixed number of virtual users, each starting its next
 * journey when the last one ended) or in an open loop (new visitors arrive on a fixed schedule, whatever the app's
 * answers take).
 *
 * Usage: java bench/signup/LoadGenerator.java --base http://127.0.0.1:18180 [options]
 *
 *   --base URL          the app (required)
 *   --users N           closed loop: virtual users, each a virtual thread with its own keep-alive connection (64)
 *   --rate R            open loop instead: R new visitors (journeys) per second, each on a virtual thread; a visitor
 *                       takes an idle keep-alive connection or opens one (0 = closed loop, the default)
 *   --arrivals KIND     open loop: "constant" (one every 1/R s, the default) or "poisson" (exponential gaps, mean 1/R)
 *   --max-in-flight N   open loop: journeys in flight at most (2000); a visitor due while N are in flight is not
 *                       started and counted as an error ("overload"), so that a stalled app cannot exhaust the memory
 *   --journey KIND      "signup" (the ten requests below, the default) or "landing" (only request 1: a page load of
 *                       the landing page per visitor, for the landing page benchmark)
 *   --warmup S          seconds of warm-up, not measured (20); with --warmup-max the least warm-up
 *   --warmup-max S      warm up for longer, until the app's JIT compiler threads are nearly idle (--jit-idle) or
 *                       for S seconds at most (default: the same as --warmup, i.e. a fixed warm-up); needs
 *                       --watch app=PID
 *   --jit-idle PCT      the warm-up ends when the app's JIT compiler threads used less than PCT % of one core over
 *                       the last 10 s (3)
 *   --duration S        seconds of measurement (60)
 *   --out DIR           where to write journeys.tsv, summary.txt, summary.json, timeline.tsv, errors.txt (.)
 *   --slug SLUG         the campaign (tiktok)
 *   --run-id ID         part of every email address, so that addresses are unique across runs (random)
 *   --gzip              send "Accept-Encoding: gzip" as browsers do (and gunzip the pages to check them)
 *   --timeout S         socket read timeout per request (30)
 *   --drain-max S       how long the journeys in flight at the end of the measurement may take to finish (60)
 *   --watch NAME=PID    also report the CPU time of this process during the measurement (repeatable); the load
 *                       generator itself, all processes named postgres and the machine as a whole are always reported;
 *                       NAME "app" also reports the app's threads by kind, the JIT compiler's among them
 *   --metrics URL       the app's Prometheus endpoint: read at the start and the end of the measurement, to report
 *                       the server-side time per request and the database connection use (metrics-*.txt are kept)
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
 * Any other status, page or redirect, a socket error or a timeout is an error; the journey is then abandoned (in the
 * closed loop the virtual user starts a new one with a fresh connection after 100 ms).
 *
 * Phases are decided by the time a request (or journey) completes: before the end of the warm-up it is warm-up,
 * then measurement, and after the end of the measurement it is drain. New journeys are started until the end of
 * the measurement; the journeys in flight then are finished (drain), so that every journey ends either
 * acknowledged or with an error and the database can be checked exactly. All samples are kept, so the percentiles
 * are exact. Closed loop: a request's latency runs from writing it to reading the last byte of the response (a new
 * connection's connect time is included in the request that opened it); a user sends its next request when the
 * previous one is answered, with no think time. Open loop: latency runs from the moment the request was due, so that
 * a slow answer is not hidden by the requests the generator would otherwise have held back (no coordinated
 * omission): the first request of a journey is due at the visitor's scheduled arrival, every later one when the
 * previous answer arrived (a visitor clicks on at once); a visitor whose start the generator itself delayed counts
 * that delay too.
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
    static double rate = 0;
    static boolean poisson = false;
    static int maxInFlight = 2_000;
    static boolean landingOnly = false;
    static double warmupMaxS = -1;
    static double jitIdlePct = 3;
    static final Map<String, Long> watched = new LinkedHashMap<>();
    static String metricsUrl;

    // --- Clock ------------------------------------------------------------------------------------------------------
    static long t0;
    // Set again when the warm-up ends, which may depend on the JIT compiler.
    static volatile long measureStart;
    static volatile long measureEnd;
    static volatile long hardStop;
    static volatile double jitPctAtEnd = -1;

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
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--arrivals" -> poisson = isSecond("--arrivals", args[++i], "constant", "poisson");
                case "--max-in-flight" -> maxInFlight = Integer.parseInt(args[++i]);
                case "--journey" -> landingOnly = isSecond("--journey", args[++i], "signup", "landing");
                case "--warmup-max" -> warmupMaxS = seconds(args[++i]);
                case "--jit-idle" -> jitIdlePct = Double.parseDouble(args[++i]);
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
        if (warmupMaxS < warmupS) {
            warmupMaxS = warmupS;
        }
        if (warmupMaxS > warmupS && !watched.containsKey("app")) {
            usage("--warmup-max needs --watch app=PID (the JIT compiler threads are read from /proc/PID/task)");
        }
        if (rate < 0 || (rate == 0 && users <= 0) || maxInFlight <= 0) {
            usage("--rate must be positive (open loop), or --users (closed loop)");
        }
        Files.createDirectories(out);

        int seconds = (int) Math.ceil(warmupMaxS + durationS + drainMaxS) + 5;
        acksPerSecond = new AtomicIntegerArray(seconds);
        requestsPerSecond = new AtomicIntegerArray(seconds);
        errorsPerSecond = new AtomicIntegerArray(seconds);

        System.out.printf(
                Locale.ROOT,
                "LoadGenerator: %s, %s journeys, warm-up %s, measurement %.0f s, %s%s, run %s%n",
                rate > 0
                        ? String.format(Locale.ROOT, "open loop at %.1f visitors/s (%s)", rate, arrivals())
                        : users + " users (closed loop)",
                landingOnly ? "landing" : "sign-up",
                warmupMaxS > warmupS
                        ? String.format(
                                Locale.ROOT,
                                "%.0f-%.0f s (until the JIT uses < %.1f%% of a core)",
                                warmupS,
                                warmupMaxS,
                                jitIdlePct)
                        : String.format(Locale.ROOT, "%.0f s", warmupS),
                durationS,
                base,
                gzip ? " (gzip)" : "",
                runId);
        t0 = System.nanoTime();
        endWarmUpAt(t0 + (long) (warmupMaxS * 1e9));
        Instant startedAt = Instant.now();

        List<User> all;
        Runnable load;
        if (rate > 0) {
            OpenLoop arrivals = new OpenLoop();
            openLoop = arrivals;
            all = arrivals.visitors;
            load = arrivals::run;
        } else {
            all = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                all.add(new User(i));
            }
            load = () -> {
                List<Thread> threads = new ArrayList<>();
                for (User u : all) {
                    threads.add(Thread.ofVirtual().name("user-" + u.id).start(u));
                }
                for (Thread t : threads) {
                    try {
                        t.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            };
        }
        Thread progress = Thread.ofPlatform().daemon().start(LoadGenerator::progress);
        // Decides when the warm-up ends; snapshots of the CPU counters and the app's metrics at the start and the end
        // of the measurement.
        Thread snapshots = Thread.ofPlatform().daemon().start(() -> {
            fetchMetrics(null); // once before, so that the client is loaded and the real reads are prompt
            try {
                Long app = watched.get("app");
                JitMeter jit = app == null ? null : new JitMeter(app);
                warmUp(jit);
                cpuStart = CpuSample.take();
                metricsStart = fetchMetrics("metrics-start.txt");
                if (jit != null) {
                    jit.sample();
                }
                long jitBefore = jit == null ? 0 : jit.total;
                while (System.nanoTime() < measureEnd) {
                    Thread.sleep(Math.max(1, Math.min(1000, (measureEnd - System.nanoTime()) / 1_000_000)));
                    if (jit != null) {
                        jit.sample();
                    }
                }
                cpuEnd = CpuSample.take();
                if (jit != null) {
                    jit.sample();
                    jitTicksMeasured = jit.total - jitBefore;
                }
                metricsEnd = fetchMetrics("metrics-end.txt");
            } catch (InterruptedException e) {
                // stopped early
            }
        });
        // The watchdog: at the hard stop, close every socket so that no user waits any longer.
        Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                long left;
                while ((left = hardStop - System.nanoTime()) > 0) {
                    Thread.sleep(Math.max(1, Math.min(1000, left / 1_000_000)));
                }
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
        load.run();
        watchdog.interrupt();
        progress.interrupt();
        snapshots.join(30_000);
        report(all, startedAt);
    }

    /** Whether the value of an option that takes one of two words is the second; any other word is bad usage. */
    static boolean isSecond(String option, String value, String first, String second) {
        if (!value.equals(first) && !value.equals(second)) {
            usage(option + " is " + first + " or " + second + ", not " + value);
        }
        return value.equals(second);
    }

    static String arrivals() {
        return poisson ? "poisson" : "constant";
    }

    static void endWarmUpAt(long nanos) {
        measureStart = nanos;
        measureEnd = measureStart + (long) (durationS * 1e9);
        hardStop = measureEnd + (long) (drainMaxS * 1e9);
    }

    static final long JIT_WINDOW_NANOS = 10_000_000_000L;

    /**
     * The CPU the app's JIT compiler threads used, added up once a second thread by thread: the JVM ends compiler
     * threads that have nothing to do, and a thread that ended is gone from /proc with all its ticks.
     */
    static final class JitMeter {
        final long pid;
        Map<String, Long> last = Map.of();
        long total;

        JitMeter(long pid) {
            this.pid = pid;
        }

        /** Ticks used since the last call. */
        long sample() {
            Map<String, Long> now = CpuSample.jitTicks(pid);
            long used = 0;
            for (Map.Entry<String, Long> t : now.entrySet()) {
                used += Math.max(0, t.getValue() - last.getOrDefault(t.getKey(), 0L));
            }
            last = now;
            total += used;
            return used;
        }
    }

    static volatile long jitTicksMeasured = -1;

    /**
     * Waits for the end of the warm-up: --warmup seconds, and then, with --warmup-max, until the app's JIT compiler
     * threads used less than --jit-idle % of one core over the last 10 s, or until --warmup-max.
     */
    static void warmUp(JitMeter jit) throws InterruptedException {
        long least = t0 + (long) (warmupS * 1e9);
        long most = t0 + (long) (warmupMaxS * 1e9);
        if (most <= least) {
            Thread.sleep(Math.max(0, (least - System.nanoTime()) / 1_000_000));
            return;
        }
        Thread.sleep(Math.max(0, (least - JIT_WINDOW_NANOS - System.nanoTime()) / 1_000_000));
        java.util.ArrayDeque<long[]> window = new java.util.ArrayDeque<>(); // {nanos, JIT ticks so far}
        jit.sample();
        while (true) {
            long now = System.nanoTime();
            jit.sample();
            long ticks = jit.total;
            window.addLast(new long[] {now, ticks});
            while (window.size() > 1 && now - window.peekFirst()[0] > JIT_WINDOW_NANOS) {
                window.removeFirst();
            }
            long[] first = window.peekFirst();
            // Judge only a full window: a little more than 10 s may lie between the oldest and the newest sample.
            if (now - first[0] >= JIT_WINDOW_NANOS - 1_000_000_000L && now >= least) {
                double pct = 100.0 * (ticks - first[1]) / 100.0 / ((now - first[0]) / 1e9);
                jitPctAtEnd = pct;
                if (pct < jitIdlePct) {
                    endWarmUpAt(now);
                    return;
                }
            }
            if (now >= most) {
                endWarmUpAt(now);
                return;
            }
            Thread.sleep(1000);
        }
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
        long[] values = new long[16];
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

    // --- Open loop ---------------------------------------------------------------------------------------------------

    /**
     * Starts a journey on a fixed schedule until the end of the measurement, each on its own virtual thread with an
     * idle {@link User} (its keep-alive connection, its samples) or a new one, and waits for them all to end.
     */
    static final class OpenLoop {
        final List<User> visitors = java.util.Collections.synchronizedList(new ArrayList<>());
        final java.util.concurrent.ConcurrentLinkedDeque<User> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();
        final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.Random random = new java.util.Random();
        int peakInFlight;
        long notStarted;

        void run() {
            long gap = (long) (1e9 / rate);
            long due = t0;
            try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                while (due < measureEnd) {
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        continue;
                    }
                    start(threads, due);
                    due += poisson ? (long) (-Math.log(1 - random.nextDouble()) * 1e9 / rate) : gap;
                }
            }
        }

        void start(java.util.concurrent.ExecutorService threads, long due) {
            int now = inFlight.incrementAndGet();
            if (now > maxInFlight) {
                inFlight.decrementAndGet();
                overload();
                return;
            }
            peakInFlight = Math.max(peakInFlight, now);
            User visitor = idle.pollFirst();
            if (visitor == null) {
                visitor = new User(visitors.size());
                visitors.add(visitor);
            }
            User v = visitor;
            threads.execute(() -> {
                try {
                    v.dueAt = due;
                    v.journey();
                } finally {
                    idle.addFirst(v);
                    inFlight.decrementAndGet();
                }
            });
        }

        /** A visitor that could not be started counts as a journey that failed at its first request. */
        void overload() {
            notStarted++;
            Phase p = phase(System.nanoTime());
            overloadErrors.incrementAndGet(p.ordinal());
            errorsPerSecond.incrementAndGet(second(System.nanoTime()));
        }
    }

    static final AtomicIntegerArray overloadErrors = new AtomicIntegerArray(Phase.values().length);
    static volatile OpenLoop openLoop;

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
        long dueAt; // open loop: when the next request was due (0: now)

        User(int id) {
            this.id = id;
            for (int i = 0; i < measured.length; i++) {
                measured[i] = new Samples();
            }
        }

        @Override
        public void run() {
            try {
                while (System.nanoTime() < measureEnd) {
                    if (!journey() && System.nanoTime() < measureEnd) {
                        sleep(100); // no error storm
                    }
                }
            } finally {
                closeConnection();
            }
        }

        /** One visitor's journey from its first request; false when it failed. */
        boolean journey() {
            int n = sequence++;
            String email = "u" + id + "-" + n + "-" + runId + "@example.com";
            String childLast = "Bench " + runId + " " + id + " " + n;
            cookies.clear();
            csrf = null;
            long started = dueAt != 0 ? dueAt : System.nanoTime();
            journeysStarted[phase(started).ordinal()]++;
            Step at = Step.LANDING;
            String base = "/nl/" + slug;
            try {
                at = Step.LANDING;
                Response r = request(at, base, null, null);
                expectPage(at, r, "href=\"" + base + "/aanmelden\"", null, false);
                if (landingOnly) {
                    acknowledge(null);
                    return true;
                }

                at = Step.START;
                r = request(at, base + "/aanmelden", null, base);
                expectPage(at, r, TITLE_START, null, true);
                boolean csrfCookie = cookies.containsKey("__Host-XSRF-TOKEN") || cookies.containsKey("XSRF-TOKEN");
                boolean draftCookie = cookies.containsKey("__Host-signup") || cookies.containsKey("signup");
                if (!csrfCookie || !draftCookie) {
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
                                "child-0-authority", "PARENT",
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

                acknowledge(email);
                return true;
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
                return false;
            }
        }

        /** The journey ended as it should; email is null for a journey that stores nothing. */
        void acknowledge(String email) {
            long done = System.nanoTime();
            Phase p = phase(done);
            acks[p.ordinal()]++;
            acksPerSecond.incrementAndGet(second(done));
            if (email == null) {
                return;
            }
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

            long start = dueAt != 0 ? dueAt : System.nanoTime();
            dueAt = 0;
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
            if (System.nanoTime() >= hardStop) {
                throw new IOException("the drain is over");
            }
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
    static final String JIT = "JIT compiler";

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
                return JIT;
            }
            if (comm.startsWith("GC ") || comm.startsWith("G1 ") || comm.startsWith("VM ")) {
                return "GC and VM";
            }
            return "other threads";
        }

        /** CPU ticks so far of each JIT compiler thread (C1, C2) of a JVM, by thread id. */
        static Map<String, Long> jitTicks(long pid) {
            Map<String, Long> byThread = new java.util.HashMap<>();
            try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        if (threadGroup(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')))
                                .equals(JIT)) {
                            byThread.put(task.getFileName().toString(), ticksOf(stat));
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended meanwhile
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no /proc
            }
            return byThread;
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
            Long appPid = watched.get("app");
            if (appPid != null && b.processes().containsKey("app")) {
                long appTicks = b.processes().get("app") - a.processes().getOrDefault("app", 0L);
                long jit = Math.max(0, jitTicksMeasured);
                double share = appTicks == 0 ? 0 : 100.0 * jit / appTicks;
                text.append(String.format(
                        Locale.ROOT,
                        "  the JIT compiler's share of the app's CPU during the measurement: %.1f%% (%.3f cores)%n",
                        share,
                        jit / (double) hz / wall));
                json.append(String.format(Locale.ROOT, ", \"jit_share_pct\": %.2f", share));
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

    static void report(List<User> all, Instant startedAt) throws IOException {
        Step[] steps = landingOnly ? new Step[] {Step.LANDING} : Step.values();
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
        for (int p = 0; p < 3; p++) {
            errorsByPhase[p] += overloadErrors.get(p);
            if (overloadErrors.get(p) > 0) {
                errors.merge(
                        "overload: not started while " + maxInFlight + " journeys were in flight",
                        (long) overloadErrors.get(p),
                        Long::sum);
            }
        }
        int m = Phase.MEASURE.ordinal();
        double signUpsPerS = acks[m] / durationS;
        double requestsPerS = requests[m] / durationS;
        long totalErrors = errorsByPhase[0] + errorsByPhase[1] + errorsByPhase[2];

        // Per-second sign-ups in the measurement window (whole seconds only).
        double warmedUpS = (measureStart - t0) / 1e9;
        int firstSecond = (int) Math.ceil(warmedUpS);
        int lastSecond = (int) Math.floor(warmedUpS + durationS) - 1;
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
                "%s: %s, warm-up %.0f s%s, measurement %.0f s%s, started %s%n",
                landingOnly ? "Landing page" : "Sign-up journey",
                openLoop != null
                        ? String.format(
                                Locale.ROOT,
                                "open loop, %.1f new visitors/s (%s arrivals), latency from when each request was due;"
                                        + " at most %d journeys in flight, %d visitors' connections",
                                rate,
                                arrivals(),
                                openLoop.peakInFlight,
                                all.size())
                        : users + " virtual users (closed loop)",
                warmedUpS,
                warmupMaxS > warmupS
                        ? String.format(
                                Locale.ROOT,
                                " (at least %.0f s, at most %.0f s, until the JIT used < %.1f%% of a core over 10 s:"
                                        + " %s)",
                                warmupS,
                                warmupMaxS,
                                jitIdlePct,
                                jitPctAtEnd < 0
                                        ? "not measured"
                                        : String.format(Locale.ROOT, "%.1f%% at the end", jitPctAtEnd))
                        : "",
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
                "  \"users\": %d, \"rate\": %s, \"arrivals\": \"%s\", \"peak_in_flight\": %d, \"jit_pct_end_of_warmup\": %s,"
                        + " \"warmup_s\": %s, \"duration_s\": %s, \"gzip\": %s, \"run_id\": \"%s\",%n",
                openLoop != null ? all.size() : users,
                num(rate),
                arrivals(),
                openLoop != null ? openLoop.peakInFlight : users,
                num(jitPctAtEnd),
                num(warmedUpS),
                num(durationS),
                gzip,
                runId));
        json.append(String.format(
                Locale.ROOT,
                "  \"signups\": %d, \"signups_per_s\": %.2f, \"signups_per_s_min\": %d, \"signups_per_s_max\": %d,"
                        + " \"started_per_s\": %.2f,%n",
                acks[m],
                signUpsPerS,
                minPerSecond,
                maxPerSecond,
                started[m] / durationS));
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
