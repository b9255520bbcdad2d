package nl.claimdesk.browser.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What a crawl found: the pages checked per visitor, the routes reached, the forms left alone, and the problems. */
final class CrawlReport {

    private final Map<String, List<PageKey>> pagesPerVisitor = new LinkedHashMap<>();
    private final Set<String> reachedRoutes = new TreeSet<>();
    private final Map<String, String> formsNotSubmitted = new TreeMap<>();
    private final Set<String> reviews = new TreeSet<>();
    private final List<String> problems = new ArrayList<>();

    void checked(String visitor, PageKey page) {
        pagesPerVisitor.computeIfAbsent(visitor, name -> new ArrayList<>()).add(page);
    }

    void reached(String route) {
        reachedRoutes.add(route);
    }

    void notSubmitted(String route, String reason) {
        formsNotSubmitted.putIfAbsent(route, reason);
    }

    void review(String visitor, PageKey page, String result) {
        reviews.add(result + " — " + visitor + " " + page);
    }

    void problem(String visitor, Object page, String problem) {
        problems.add(visitor + " " + page + ": " + problem);
    }

    Set<String> reachedRoutes() {
        return reachedRoutes;
    }

    List<String> problems() {
        return problems;
    }

    int pages() {
        return pagesPerVisitor.values().stream().mapToInt(List::size).sum();
    }

    String summary() {
        StringBuilder out = new StringBuilder();
        out.append("Page crawler: ").append(pages()).append(" distinct pages checked\n");
        pagesPerVisitor.forEach((visitor, pages) -> {
            out.append("  ").append(visitor).append(": ").append(pages.size()).append('\n');
            pages.forEach(page -> out.append("    ").append(page).append('\n'));
        });
        out.append("Forms not submitted:\n");
        formsNotSubmitted.forEach((route, reason) ->
                out.append("  ").append(route).append(" — ").append(reason).append('\n'));
        out.append("axe-core \"needs review\" results (").append(reviews.size()).append("):\n");
        reviews.forEach(review -> out.append("  ").append(review).append('\n'));
        return out.toString();
    }
}
