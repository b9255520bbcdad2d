package nl.claimdesk.browser.crawl;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.claimdesk.browser.Axe;
import nl.claimdesk.browser.Browser;
import nl.claimdesk.web.HtmlChecker;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The two checks every crawled page gets: the Nu Html Checker on the HTML exactly as the server sent it, and axe-core
 * in Chromium on that same HTML, rendered in a page of the site so that its stylesheet and scripts load as they do for
 * a visitor. The browser holds no session: what it shows is what the crawler's HTTP client received, so a form's error
 * state is sent once, not once per tool.
 */
final class PageChecks {

    /** What the checks found on one page. */
    record Findings(List<String> htmlErrors, List<String> violations, List<Axe.Review> reviews) {}

    private static final ExecutorService NU = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "nu-html-checker");
        thread.setDaemon(true);
        return thread;
    });

    private final Browser browser;
    private final String base;

    PageChecks(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /** Checks one page; the Nu checker works on it while axe-core runs in the browser. */
    Findings check(String html) {
        CompletableFuture<List<String>> htmlErrors = CompletableFuture.supplyAsync(() -> htmlErrorsIn(html), NU);
        show(html);
        Axe.Result axe = Axe.run(browser);
        return new Findings(htmlErrors.join(), axe.violations(), axe.incomplete());
    }

    private static List<String> htmlErrorsIn(String html) {
        try {
            return HtmlChecker.errorsIn(html);
        } catch (Exception e) {
            throw new AssertionError("the Nu Html Checker failed", e);
        }
    }

    /** Replaces the document the browser shows with {@code html}, and waits until its stylesheets have loaded. */
    private void show(String html) {
        if (!browser.driver().getCurrentUrl().startsWith(base)) {
            browser.driver().get(base + "/nl/toegankelijkheid");
        }
        browser.js().executeScript("document.open(); document.write(arguments[0]); document.close();", html);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> Boolean.TRUE.equals(browser.js().executeScript("""
                        return document.readyState === 'complete'
                            && Array.from(document.querySelectorAll('link[rel=stylesheet]')).every(l => l.sheet);
                        """)));
    }
}
