package nl.claimdesk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core, injected into the page under test, checking the WCAG 2.1 A and AA rules. The script comes from npm
 * ({@code node_modules/axe-core}, installed by the build).
 */
public final class Axe {

    private static final Path SCRIPT = Path.of("node_modules/axe-core/axe.min.js");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String source;

    private Axe() {}

    /** Every WCAG 2.1 AA violation on the page the browser shows, one line each. */
    public static List<String> violations(Browser browser) {
        browser.js().executeScript(source());
        Object result = browser.js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));
                """);
        List<String> violations = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(String.valueOf(result))) {
            List<String> targets = new ArrayList<>();
            for (JsonNode node : violation.path("nodes")) {
                targets.add(node.path("target").toString());
            }
            violations.add(violation.path("id").asString() + ": "
                    + violation.path("help").asString() + " " + targets);
        }
        return violations;
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
