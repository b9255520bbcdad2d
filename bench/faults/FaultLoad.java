/*
 * The fault harness's load driver: visitors at a fixed rate (an open loop: a slow or absent server does not slow the
 * arrivals down), each going through what people do, and a record of everything they were told.
 *
 * Usage: java bench/faults/FaultLoad.java --base URL --out DIR --mail-file FILE --phase-file FILE --stop-file FILE
 *            [--rate N] [--run-id ID] [--max-wait S]
 *
 * Each visitor, with a unique address and child:
 *   1. signs up: the ten requests of the Dutch funnel (bench/signup/LoadGenerator.java); acknowledged when the page
 *      "Bijna klaar" shows the address, which the app shows only after the sign-up committed;
 *   2. confirms: waits for the verification mail in the SMTP sink's file, opens its link and presses the button
 *      (POST), and lands in Mijn dossier;
 *   3. changes the dossier: asks for news on the preferences page (POST);
 *   4. every second visitor also logs in afresh: a new browser asks for a login link, opens it from the mail, and
 *      lands in Mijn dossier.
 * A visitor who gets a 503 with Retry-After, or no answer at all, does what a patient person does: tries the same
 * request again (after 2 s, for at most --max-wait seconds per step, 120 by default); the sign-up's final POST carries
 * the draft's idempotency key, so a retry never signs up twice. Anything else unexpected ends the visitor's journey.
 *
 * Written to --out:
 *   ops.tsv     started-ms, ended-ms, phase, operation (signup, confirm, dossier, login), address, outcome (ack,
 *               error, or error-at-send: the sign-up's final POST was sent but never answered with success), detail
 *   pages.tsv   ms, phase, step, status (0: no answer), retry-after (1/0), duration-ms: every response a visitor saw
 * The phase is the first line of --phase-file when the operation (or the response) started: the harness writes the
 * fault it injects there. New visitors stop arriving when --stop-file exists; the driver then waits for every
 * visitor to finish (each step is bounded) and exits.
 */

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

public class FaultLoad {

    static final String CSRF_FIELD = "name=\"_csrf\" value=\"";
    static final String SLUG = "tiktok";

    static String base;
    static Path out;
    static Path mailFile;
    static Path phaseFile;
    static Path stopFile;
    static double rate = 4;
    static String runId = Long.toString(System.currentTimeMillis(), 36);
    static long maxWaitMs = 120_000;

    static volatile String phase = "start";
    static PrintWriter ops;
    static PrintWriter pages;
    static final Map<String, List<String>> linksByRecipient = new ConcurrentHashMap<>();
    static final AtomicInteger running = new AtomicInteger();
    static final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--mail-file" -> mailFile = Path.of(args[++i]);
                case "--phase-file" -> phaseFile = Path.of(args[++i]);
                case "--stop-file" -> stopFile = Path.of(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--run-id" -> runId = args[++i];
                case "--max-wait" -> maxWaitMs = Long.parseLong(args[++i]) * 1000;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(out);
        ops = new PrintWriter(Files.newBufferedWriter(out.resolve("ops.tsv")), true);
        pages = new PrintWriter(Files.newBufferedWriter(out.resolve("pages.tsv")), true);
        Thread.ofPlatform().daemon().start(FaultLoad::watchFiles);

        long intervalNs = (long) (1e9 / rate);
        long next = System.nanoTime();
        int visitor = 0;
        while (!Files.exists(stopFile)) {
            int n = visitor++;
            running.incrementAndGet();
            Thread.ofVirtual().start(() -> {
                try {
                    new Visitor(n).run();
                } finally {
                    running.decrementAndGet();
                }
            });
            next += intervalNs;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
            }
        }
        System.out.println("FaultLoad: " + visitor + " visitors started; waiting for " + running.get() + " to finish");
        while (running.get() > 0) {
            Thread.sleep(500);
        }
        ops.flush();
        pages.flush();
        System.out.println("FaultLoad: done");
        System.exit(0);
    }

    /** Reads the phase and the mails the sink received, every 200 ms. */
    static void watchFiles() {
        long read = 0;
        while (true) {
            try {
                if (Files.exists(phaseFile)) {
                    phase = Files.readAllLines(phaseFile).getFirst().trim();
                }
                if (Files.exists(mailFile)) {
                    byte[] all = Files.readAllBytes(mailFile);
                    int end = all.length;
                    while (end > read && all[end - 1] != '\n') {
                        end--;
                    }
                    if (end > read) {
                        String lines = new String(all, (int) read, (int) (end - read), StandardCharsets.UTF_8);
                        for (String line : lines.split("\n")) {
                            String[] f = line.split("\t");
                            if (f.length >= 4 && !f[3].equals("-")) {
                                linksByRecipient
                                        .computeIfAbsent(f[2], k -> new CopyOnWriteArrayList<>())
                                        .add(f[3]);
                            }
                        }
                        read = end;
                    }
                }
                Thread.sleep(200);
            } catch (IOException | RuntimeException unreadable) {
                // read again next time
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static final class StepFailed extends Exception {
        StepFailed(String detail) {
            super(detail, null, false, false);
        }
    }

    record Answer(int status, String location, String body) {}

    static final class Visitor {
        final String email;
        final String childLast;
        final Map<String, String> cookies = new LinkedHashMap<>();
        String csrf;

        Visitor(int n) {
            this.email = "f" + runId + "-" + n + "@example.com";
            this.childLast = "Fault " + runId + " " + n;
        }

        void run() {
            if (!signUp()) {
                return;
            }
            if (!operation("confirm", this::confirm)) {
                return;
            }
            operation("dossier", this::askForNews);
            if (email.hashCode() % 2 == 0) {
                cookies.clear();
                csrf = null;
                operation("login", this::logIn);
            }
        }

        interface Work {
            void run() throws StepFailed;
        }

        boolean operation(String kind, Work work) {
            long started = System.currentTimeMillis();
            String startPhase = phase;
            try {
                work.run();
                record(started, startPhase, kind, "ack", "-");
                return true;
            } catch (StepFailed failed) {
                record(started, startPhase, kind, "error", failed.getMessage());
                return false;
            }
        }

        boolean signUp() {
            long started = System.currentTimeMillis();
            String startPhase = phase;
            String p = "/nl/" + SLUG;
            boolean sent = false;
            try {
                page("landing", p, "href=\"" + p + "/aanmelden\"");
                page("start", p + "/aanmelden", "<title>Wie meld je aan?");
                post("kind", p + "/aanmelden", p + "/aanmelden/gegevens", "kind", "CHILDREN");
                page("details", p + "/aanmelden/gegevens", "<title>Jouw gegevens");
                post("details-post", p + "/aanmelden/gegevens", p + "/aanmelden/kinderen",
                        "firstName", "Anna", "lastName", "Fault", "email", email, "birthDay", "3",
                        "birthMonth", "4", "birthYear", "1985", "country", "NL", "postcode", "1234 AB",
                        "website", "");
                page("children", p + "/aanmelden/kinderen", "<title>Gegevens van je kinderen");
                post("children-post", p + "/aanmelden/kinderen", p + "/aanmelden/controleren",
                        "child-0-firstName", "Sam", "child-0-lastName", childLast, "child-0-birthDay", "5",
                        "child-0-birthMonth", "6", "child-0-birthYear", "2013", "child-0-startYear", "2019",
                        "child-0-stillUsing", "yes", "child-0-endYear", "", "child-0-authority", "PARENT",
                        "action", "continue");
                page("check", p + "/aanmelden/controleren", "<title>Controleer je aanmelding");
                sent = true;
                post("send", p + "/aanmelden/controleren", p + "/aanmelden/verstuurd", "privacy", "yes");
                Answer done = page("sent", p + "/aanmelden/verstuurd", "<title>Bijna klaar");
                if (!done.body.contains(email)) {
                    throw new StepFailed("the sent page does not show the address");
                }
                record(started, startPhase, "signup", "ack", "-");
                return true;
            } catch (StepFailed failed) {
                record(started, startPhase, "signup", sent ? "error-at-send" : "error", failed.getMessage());
                return false;
            }
        }

        void confirm() throws StepFailed {
            String link = awaitLink("/bevestigen/", 0);
            String path = URI.create(link).getPath();
            page("confirm-link", path, CSRF_FIELD);
            post("confirm-post", path, "/dossier");
            page("dossier", "/dossier", "<title>");
        }

        void askForNews() throws StepFailed {
            Answer form = page("preferences", "/dossier/preferences", CSRF_FIELD);
            String action = "/dossier/preferences";
            int at = form.body.indexOf("action=\"/dossier/preferences");
            if (at >= 0) {
                action = form.body.substring(at + 8, form.body.indexOf('"', at + 8)).replace("&amp;", "&");
            }
            Answer saved = send("preferences-post", action, form("news", "yes"));
            if (saved.status != 302 || saved.location == null || !saved.location.contains("done=news")) {
                throw new StepFailed("preferences-post: " + saved.status + " to " + saved.location);
            }
        }

        void logIn() throws StepFailed {
            int before = linksByRecipient.getOrDefault(email, List.of()).size();
            page("login", "/nl/inloggen", CSRF_FIELD);
            Answer sent = send("login-post", "/nl/inloggen", form("email", email));
            if (sent.status != 200 || !sent.body.contains(email)) {
                throw new StepFailed("login-post: " + sent.status);
            }
            String path = URI.create(awaitLink("/inloggen/", before)).getPath();
            page("login-link", path, CSRF_FIELD);
            post("login-link-post", path, "/dossier");
            page("dossier", "/dossier", "<title>");
        }

        String awaitLink(String kind, int after) throws StepFailed {
            long deadline = System.currentTimeMillis() + 6 * maxWaitMs;
            while (System.currentTimeMillis() < deadline) {
                List<String> links = linksByRecipient.getOrDefault(email, List.of());
                for (int i = after; i < links.size(); i++) {
                    if (links.get(i).contains(kind)) {
                        return links.get(i);
                    }
                }
                pause(500);
            }
            throw new StepFailed("no mail with a " + kind + " link within " + 6 * maxWaitMs / 1000 + " s");
        }

        Answer page(String step, String path, String marker) throws StepFailed {
            Answer a = send(step, path, null);
            if (a.status != 200 || !a.body.contains(marker)) {
                throw new StepFailed(step + ": " + a.status + " " + title(a.body));
            }
            int at = a.body.indexOf(CSRF_FIELD);
            if (at >= 0) {
                int from = at + CSRF_FIELD.length();
                csrf = a.body.substring(from, a.body.indexOf('"', from));
            }
            return a;
        }

        void post(String step, String path, String expectedPath, String... fields) throws StepFailed {
            Answer a = send(step, path, form(fields));
            String location = a.location == null ? "" : a.location.replaceFirst("^https?://[^/]+", "");
            if (a.status != 302 || !location.startsWith(expectedPath)) {
                throw new StepFailed(step + ": " + a.status + " to " + a.location + " " + title(a.body));
            }
        }

        /** One request, tried again as a patient person would while the answer is a 503 or nothing at all. */
        Answer send(String step, String path, String formBody) throws StepFailed {
            long deadline = System.currentTimeMillis() + maxWaitMs;
            while (true) {
                Answer a = once(step, path, formBody);
                boolean tryAgain = a.status == 0 || a.status == 503;
                if (!tryAgain || System.currentTimeMillis() > deadline) {
                    return a;
                }
                pause(2000);
            }
        }

        Answer once(String step, String path, String formBody) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html");
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ")
                        .append(name)
                        .append('=')
                        .append(value));
                request.header("Cookie", header.toString());
            }
            if (formBody != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base)
                        .POST(HttpRequest.BodyPublishers.ofString(formBody));
            }
            long started = System.currentTimeMillis();
            String startPhase = phase;
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                for (String setCookie : response.headers().allValues("Set-Cookie")) {
                    String pair = setCookie.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        String name = pair.substring(0, eq).trim();
                        String value = pair.substring(eq + 1).trim();
                        if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, value);
                        }
                    }
                }
                boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
                pages.printf("%d\t%s\t%s\t%d\t%d\t%d%n", started, startPhase, step, response.statusCode(),
                        retryAfter ? 1 : 0, System.currentTimeMillis() - started);
                return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                        response.body());
            } catch (IOException noAnswer) {
                pages.printf("%d\t%s\t%s\t0\t0\t%d%n", started, startPhase, step,
                        System.currentTimeMillis() - started);
                return new Answer(0, null, noAnswer.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(0, null, "interrupted");
            }
        }

        String form(String... fields) {
            StringBuilder b = new StringBuilder();
            if (csrf != null) {
                b.append("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            }
            for (int i = 0; i + 1 < fields.length; i += 2) {
                b.append(b.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return b.toString();
        }

        void record(long started, String startPhase, String kind, String outcome, String detail) {
            ops.printf("%d\t%d\t%s\t%s\t%s\t%s\t%s%n", started, System.currentTimeMillis(), startPhase, kind, email,
                    outcome, detail.replaceAll("[\\t\\n\\r]", " "));
        }

        static String title(String body) {
            int at = body == null ? -1 : body.indexOf("<title>");
            return at < 0 ? "" : body.substring(at, Math.min(body.length(), at + 80)).replaceAll("\\s+", " ");
        }

        static void pause(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
