package nl.claimdesk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core, injected into the page under test, checking the WCAG 2.2 A and AA rules. The script comes from npm
 * ({@code node_modules/axe-core}, installed by the build).
 */
public final class Axe {

    /** The rule set: every WCAG 2.0, 2.1 and 2.2 rule at level A and AA that axe-core knows. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Path SCRIPT = Path.of("node_modules/axe-core/axe.min.js");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String source;

    private Axe() {}

    /**
     * What axe-core found on a page: the rules it saw broken, and the rules it could not decide ("needs review"), one
     * line each: {@code rule: help [targets]}.
     */
    public record Result(List<String> violations, List<Review> incomplete) {

        /**
         * Reads the JSON the page handed back. Anything but an object with both lists (no answer, an error, garbled
         * text) is a failed check, never an empty one.
         */
        public static Result parse(String json) {
            JsonNode answer;
            try {
                answer = JSON.readTree(json);
            } catch (JacksonException e) {
                throw new AssertionError("axe-core gave a garbled answer: " + json, e);
            }
            if (answer == null || !answer.isObject()) {
                throw new AssertionError("axe-core gave no result: " + json);
            }
            if (answer.has("error")) {
                throw new AssertionError(
                        "axe-core failed: " + answer.path("error").asString());
            }
            JsonNode violations = answer.path("violations");
            JsonNode incomplete = answer.path("incomplete");
            if (!violations.isArray()
                    || !incomplete.isArray()
                    || answer.path("passes").asInt(-1) <= 0) {
                throw new AssertionError("axe-core gave an incomplete result: " + json);
            }
            List<String> broken = new ArrayList<>();
            violations.forEach(rule -> broken.add(Review.of(rule).line()));
            List<Review> undecided = new ArrayList<>();
            incomplete.forEach(rule -> undecided.add(Review.of(rule)));
            return new Result(broken, undecided);
        }
    }

    /**
     * A rule axe-core reported on, with the reasons it gives per element (its message keys, e.g. {@code imgNode}),
     * and the whole as one line: {@code rule: help [targets (reason)]}.
     */
    public record Review(String rule, Set<String> reasons, String line) {

        static Review of(JsonNode rule) {
            List<String> targets = new ArrayList<>();
            Set<String> reasons = new TreeSet<>();
            for (JsonNode node : rule.path("nodes")) {
                String reason =
                        node.path("any").path(0).path("data").path("messageKey").asString("");
                reasons.add(reason.isEmpty() ? "unknown" : reason);
                targets.add(node.path("target").toString() + (reason.isEmpty() ? "" : " (" + reason + ")"));
            }
            String id = rule.path("id").asString();
            return new Review(id, reasons, id + ": " + rule.path("help").asString() + " " + targets);
        }
    }

    /** Every WCAG 2.2 A/AA violation on the page the browser shows, one line each. */
    public static List<String> violations(Browser browser) {
        return run(browser).violations();
    }

    /**
     * Runs axe-core on the page the browser shows. The page hands back the violations, the "needs review" results and
     * how many rules passed; a run that passed no rule at all did not look at a page.
     */
    public static Result run(Browser browser) {
        browser.js().executeScript(source());
        Object answer = browser.js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                if (typeof axe === 'undefined') { done(JSON.stringify({error: 'axe-core is not loaded'})); return; }
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                   .then(r => done(JSON.stringify({
                       violations: r.violations, incomplete: r.incomplete, passes: r.passes.length})))
                   .catch(e => done(JSON.stringify({error: String(e)})));
                """, TAGS);
        return Result.parse(String.valueOf(answer));
    }

    private static synchronized String source() {
        if (source == null) {
            if (!Files.isReadable(SCRIPT)) {
                throw new IllegalStateException(SCRIPT + " is missing: run `npm ci` in the project directory"
                        + " (the Maven build does this when npm is installed)");
            }
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
