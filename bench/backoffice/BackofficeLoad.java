import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The back-office benchmark's client (run by bench/backoffice/run with the JDK's single-file launcher).
 *
 * <pre>
 * hash PASSWORD                                  prints the Argon2id hash the app stores (needs spring-security-crypto)
 * login BASE STAFF_FILE SESSIONS_FILE            logs in every "email password secret" line (password + TOTP code)
 * search BASE SESSIONS_FILE KIND TERMS_FILE SECONDS WARMUP OUT_TSV
 * files BASE SESSIONS_FILE IDS_FILE SECONDS WARMUP OUT_TSV
 * export BASE SESSIONS_FILE PATH OUT_TSV
 * mailing BASE SESSIONS_FILE CAMPAIGN_SLUG OUT_TSV
 * class BASE SESSIONS_FILE CAMPAIGN_SLUG ACTION OUT_TSV [FIELD=VALUE...]
 * </pre>
 *
 * Search and files run one thread per logged-in session for SECONDS after WARMUP seconds (not measured), each
 * request with a term (or registration id) picked at random from the file; every response must be 200 with the
 * expected page. OUT_TSV gets one line: what, requests, errors, p50, p95, p99, mean (ms), requests/s. Export reads the
 * whole CSV as it streams in and writes: what, rows, bytes, seconds, rows/s, first byte (ms).
 *
 * <p>Mailing sends a news update to every participant of the campaign as staff do: the first session (an editor)
 * composes it, the second (an administrator) approves it, the first sends it. It appends to OUT_TSV: campaign slug,
 * mailing id, milliseconds of the send request (the recipients are frozen in it).
 *
 * <p>Class opens the campaign's class page as an administrator, takes the draft form as the page fills it (a copy of
 * the current version), changes the fields given, and submits it with ACTION ("dry-run" or "publish"); it writes:
 * action, seconds, and what the page answered (the dry run's sentence, or the version published).
 */
public class BackofficeLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "hash" -> System.out.println(hash(args[1]));
            case "login" -> login(args[1], Path.of(args[2]), Path.of(args[3]));
            case "search" -> load(args[1], Path.of(args[2]), "search " + args[3], lines(Path.of(args[4])),
                    term -> "/backoffice/participants?by=" + args[3] + "&q=" + URLEncoder.encode(term, StandardCharsets.UTF_8),
                    "participant-results", Integer.parseInt(args[5]), Integer.parseInt(args[6]), Path.of(args[7]));
            case "files" -> load(args[1], Path.of(args[2]), "file", lines(Path.of(args[3])),
                    id -> "/backoffice/files/" + id, "file-columns", Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Path.of(args[6]));
            case "export" -> export(args[1], Path.of(args[2]), args[3], Path.of(args[4]));
            case "mailing" -> mailing(args[1], Path.of(args[2]), args[3], Path.of(args[4]));
            case "class" -> classVersion(args[1], Path.of(args[2]), args[3], args[4], Path.of(args[5]),
                    List.of(args).subList(6, args.length));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // --- Password hash and second factor -----------------------------------------------------------------------

    private static String hash(String password) throws ReflectiveOperationException {
        // By reflection, so that the other commands run without the library on the class path.
        Class<?> encoder = Class.forName("org.springframework.security.crypto.argon2.Argon2PasswordEncoder");
        Object argon2 = encoder.getConstructor(int.class, int.class, int.class, int.class, int.class)
                .newInstance(16, 32, 1, 19456, 2);
        return (String) encoder.getMethod("encode", CharSequence.class).invoke(argon2, password);
    }

    /** RFC 6238: HMAC-SHA1 over the 30-second step, 6 digits. */
    static String totp(String base32Secret, long step) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8 + 1);
        int buffer = 0;
        int bits = 0;
        for (char c : text.replace("=", "").toUpperCase(Locale.ROOT).toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }

    // --- Sessions ----------------------------------------------------------------------------------------------

    /** A browser's cookies, kept by hand: the session cookie is Secure under prod, and the bench talks plain HTTP. */
    static final class Cookies {
        final Map<String, String> values = new LinkedHashMap<>();

        void take(HttpResponse<?> response) {
            for (String header : response.headers().allValues("set-cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    values.remove(name);
                } else {
                    values.put(name, value);
                }
            }
        }

        String header() {
            StringBuilder header = new StringBuilder();
            values.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            return header.toString();
        }

        static Cookies parse(String header) {
            Cookies cookies = new Cookies();
            for (String pair : header.split("; ")) {
                int eq = pair.indexOf('=');
                cookies.values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return cookies;
        }
    }

    private static HttpResponse<String> get(String url, Cookies cookies) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (!cookies.values.isEmpty()) {
            request.header("Cookie", cookies.header());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        cookies.take(response);
        return response;
    }

    private static HttpResponse<String> post(String url, Cookies cookies, Map<String, String> form)
            throws IOException, InterruptedException {
        return post(url, cookies, form, Duration.ofSeconds(60));
    }

    private static HttpResponse<String> post(String url, Cookies cookies, Map<String, String> form, Duration timeout)
            throws IOException, InterruptedException {
        return post(url, cookies, form.entrySet().stream().map(field -> List.of(field.getKey(), field.getValue()))
                .toList(), timeout);
    }

    private static HttpResponse<String> post(String url, Cookies cookies, List<List<String>> form)
            throws IOException, InterruptedException {
        return post(url, cookies, form, Duration.ofSeconds(60));
    }

    /** A form post with the fields in order, each a name and a value (a name may repeat, as checkboxes do). */
    private static HttpResponse<String> post(String url, Cookies cookies, List<List<String>> form, Duration timeout)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach(field -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(field.get(0), StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(field.get(1), StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies.header())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        cookies.take(response);
        return response;
    }

    /** The form's CSRF token: the hidden field if the page has one, else the (__Host-)XSRF-TOKEN cookie. */
    private static String csrf(HttpResponse<String> page, Cookies cookies) {
        Matcher field = CSRF.matcher(page.body());
        if (field.find()) {
            return field.group(1);
        }
        String cookie = cookies.values.getOrDefault("__Host-XSRF-TOKEN", cookies.values.get("XSRF-TOKEN"));
        if (cookie == null) {
            throw new IllegalStateException("no CSRF token on " + page.uri());
        }
        return cookie;
    }

    private static void login(String base, Path staff, Path sessions) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : lines(staff)) {
            String[] account = line.split(" ");
            Cookies cookies = new Cookies();
            HttpResponse<String> form = get(base + "/backoffice/login", cookies);
            expect(form, 200, "GET /backoffice/login");
            HttpResponse<String> password = post(base + "/backoffice/login", cookies,
                    Map.of("email", account[0], "password", account[1], "_csrf", csrf(form, cookies)));
            expect(password, 302, "POST /backoffice/login");
            HttpResponse<String> codeForm = get(base + "/backoffice/login/code", cookies);
            expect(codeForm, 200, "GET /backoffice/login/code");
            String code = totp(account[2], Instant.now().getEpochSecond() / 30);
            HttpResponse<String> done = post(base + "/backoffice/login/code", cookies,
                    Map.of("code", code, "_csrf", csrf(codeForm, cookies)));
            expect(done, 302, "POST /backoffice/login/code");
            String location = done.headers().firstValue("location").orElse("");
            if (!location.endsWith("/backoffice/dashboard")) {
                throw new IllegalStateException("the second factor led to " + location + ", not the dashboard");
            }
            out.add(cookies.header());
        }
        Files.write(sessions, out);
        System.err.println("logged in " + out.size() + " staff members");
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ", expected " + status
                    + (response.headers().firstValue("location").map(l -> " (to " + l + ")").orElse("")));
        }
    }

    // --- Load ----------------------------------------------------------------------------------------------------

    interface Url {
        String of(String sample);
    }

    private static void load(String base, Path sessionsFile, String what, List<String> samples, Url url,
            String mark, int seconds, int warmup, Path out) throws Exception {
        List<String> sessions = lines(sessionsFile);
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<List<Long>> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (String session : sessions) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            Cookies cookies = Cookies.parse(session);
            threads.add(Thread.ofPlatform().start(() -> {
                while (true) {
                    long before = System.nanoTime();
                    if (before >= end) {
                        return;
                    }
                    String sample = samples.get(ThreadLocalRandom.current().nextInt(samples.size()));
                    String problem;
                    try {
                        HttpResponse<String> response = get(base + url.of(sample), cookies);
                        problem = response.statusCode() != 200
                                ? "status " + response.statusCode()
                                : response.body().contains(mark) ? null : "no '" + mark + "' in the page";
                    } catch (IOException | InterruptedException e) {
                        problem = e.toString();
                    }
                    long after = System.nanoTime();
                    if (before >= measureFrom) {
                        mine.add(after - before);
                        if (problem != null) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(sample + ": " + problem);
                            }
                        }
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        double mean = all.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        String line = String.format(Locale.ROOT, "%s\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f", what, all.size(),
                errors.get(), percentile(all, 50), percentile(all, 95), percentile(all, 99), mean,
                all.size() / (double) seconds);
        Files.writeString(out, line + "\n");
        System.err.println(line + (firstErrors.isEmpty() ? "" : "\n  errors, e.g.: " + firstErrors));
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void export(String base, Path sessionsFile, String path, Path out) throws Exception {
        Cookies cookies = Cookies.parse(lines(sessionsFile).getFirst());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(30))
                .header("Cookie", cookies.header())
                .GET()
                .build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = System.nanoTime();
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        long bytes = 0;
        long newlines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream body = response.body()) {
            for (int n; (n = body.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows = Math.max(0, newlines - 1); // the header line is not a row
        String line = String.format(Locale.ROOT, "export %s\t%d\t%d\t%.2f\t%.0f\t%.0f", path, rows, bytes, seconds,
                rows / seconds, (firstByte - start) / 1e6);
        Files.writeString(out, line + "\n");
        System.err.println(line);
    }

    // --- Mailing ---------------------------------------------------------------------------------------------------

    private static final String NEWS = "/backoffice/news";
    private static final Pattern MAILING_DONE = Pattern.compile(NEWS + "/([0-9a-f-]{36})\\?done=(\\w+)");

    private static void mailing(String base, Path sessionsFile, String slug, Path out) throws Exception {
        List<String> sessions = lines(sessionsFile);
        Cookies editor = Cookies.parse(sessions.get(0));
        Cookies approver = Cookies.parse(sessions.get(1));
        HttpResponse<String> form = get(base + NEWS + "/new", editor);
        expect(form, 200, "GET " + NEWS + "/new");
        String body = "We keep you informed: the court has heard both sides and will rule on **12 March**.\n\n"
                + "- what the hearing was about\n- what happens next\n\nRead the full update on our site.";
        HttpResponse<String> composed = post(base + NEWS + "/new", editor, List.of(
                List.of("_csrf", csrf(form, editor)), List.of("campaign", slug), List.of("kind", "NEWS_UPDATE"),
                List.of("audienceKinds", "CHILDREN"), List.of("audienceKinds", "SELF"),
                List.of("audienceKinds", "SUPPORTER"), List.of("languages", "nl"), List.of("languages", "en"),
                List.of("subjectNl", "Nieuws over de zitting"), List.of("bodyNl", body),
                List.of("subjectEn", "News about the hearing"), List.of("bodyEn", body)));
        String id = step(composed, "composed");
        String page = base + NEWS + "/" + id;
        HttpResponse<String> approvePage = get(page, approver);
        expect(approvePage, 200, "GET " + NEWS + "/" + id);
        step(post(page + "/approve", approver, Map.of("_csrf", csrf(approvePage, approver))), "approved");
        HttpResponse<String> sendPage = get(page, editor);
        expect(sendPage, 200, "GET " + NEWS + "/" + id);
        long start = System.nanoTime();
        HttpResponse<String> sent = post(page + "/send", editor, Map.of("_csrf", csrf(sendPage, editor)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        step(sent, "sent");
        String line = slug + "\t" + id + "\t" + millis;
        Files.writeString(out, line + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        System.err.println("mailing " + line);
    }

    /** The mailing id from the redirect after a step that was done; fails with the page's error otherwise. */
    private static String step(HttpResponse<String> response, String done) {
        Matcher location = MAILING_DONE.matcher(response.headers().firstValue("location").orElse(""));
        if (response.statusCode() != 302 || !location.find() || !location.group(2).equals(done)) {
            Matcher error = Pattern.compile("class=\"[^\"]*error[^\"]*\"[^>]*>([^<]+)").matcher(response.body());
            throw new IllegalStateException("the mailing was not " + done + ": status " + response.statusCode()
                    + (error.find() ? ", " + error.group(1).strip() : ""));
        }
        return location.group(1);
    }

    // --- Class version ---------------------------------------------------------------------------------------

    private static final Pattern INPUT = Pattern.compile("<input ([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>",
            Pattern.DOTALL);
    private static final Pattern DRY_RUN = Pattern.compile("<h2 id=\"dry-run\">[^<]*</h2>\\s*<p>([^<]*)</p>");

    private static void classVersion(String base, Path sessionsFile, String campaign, String action, Path out,
            List<String> changes) throws Exception {
        Cookies cookies = Cookies.parse(lines(sessionsFile).getFirst());
        String page = base + "/backoffice/campaigns/" + campaign + "/class";
        HttpResponse<String> form = get(page, cookies);
        expect(form, 200, "GET " + page);
        Map<String, String> fields = formFields(form.body());
        for (String change : changes) {
            int eq = change.indexOf('=');
            String name = change.substring(0, eq);
            if (change.substring(eq + 1).isEmpty()) {
                fields.remove(name); // an unticked checkbox is not sent
            } else {
                fields.put(name, change.substring(eq + 1));
            }
        }
        fields.put("action", action);
        long start = System.nanoTime();
        HttpResponse<String> answer = post(page, cookies, fields, Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - start) / 1e9;
        String outcome;
        if (action.equals("publish")) {
            expect(answer, 302, "POST " + page + " (publish)");
            outcome = answer.headers().firstValue("location").orElse("");
            if (!outcome.contains("published=")) {
                throw new IllegalStateException("publishing led to " + outcome);
            }
        } else {
            expect(answer, 200, "POST " + page + " (dry run)");
            Matcher sentence = DRY_RUN.matcher(answer.body());
            if (!sentence.find()) {
                throw new IllegalStateException("the dry run's answer has no result");
            }
            outcome = unescape(sentence.group(1)).strip();
        }
        String line = String.format(Locale.ROOT, "%s\t%.2f\t%s", action, seconds, outcome);
        Files.writeString(out, line + "\n");
        System.err.println(line);
    }

    /** The fields a browser would send for the page's form as it is filled: ticked checkboxes only. */
    private static Map<String, String> formFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            boolean checkbox = "checkbox".equals(attribute(attributes, "type"));
            if (name != null && (!checkbox || attributes.contains(" checked"))) {
                String value = attribute(attributes, "value");
                fields.put(name, value == null ? "" : value);
            }
        }
        Matcher select = SELECT.matcher(html);
        while (select.find()) {
            Matcher option = SELECTED.matcher(select.group(2));
            if (option.find()) {
                fields.put(select.group(1), unescape(option.group(1)));
            }
        }
        Matcher textarea = TEXTAREA.matcher(html);
        while (textarea.find()) {
            fields.put(textarea.group(1), unescape(textarea.group(2)));
        }
        return fields;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? unescape(value.group(1)) : null;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    }
}
