package nl.claimdesk.browser.crawl;

import java.util.Map;
import java.util.Set;
import nl.claimdesk.browser.Axe;

/**
 * Which of axe-core's "needs review" results fail the crawl: all of them, but for the few reasons listed here. Every
 * rule in the WCAG 2.2 A/AA set is known to apply to pages like ours (text on coloured backgrounds, forms whose fields
 * point at hints and errors by id, links in running text), so "axe-core could not decide" usually means the page made
 * the answer unknowable: a background image or gradient behind text, an id reference to nothing, a link told apart by
 * colour alone. Those fail. What stays listed but passes are the reasons where axe-core cannot measure an element for
 * reasons of its own, while the same colours are measured, and pass, everywhere else on the site.
 */
final class AxeReviews {

    private static final Map<String, Set<String>> UNDECIDABLE = Map.of(
            "color-contrast",
            Set.of(
                    // A label of one or two characters (a chart's axis: "0", "25"): too short for axe-core to measure.
                    "shortTextContent",
                    // Text inside an SVG image (the dashboard's chart): axe-core cannot find its background.
                    "imgNode",
                    // Part of the element lies outside its scrolling box (a wide table, a long textarea at desktop
                    // size): axe-core sees only part of the background.
                    "elmPartiallyObscured"));

    private AxeReviews() {}

    static boolean mustPass(Axe.Review review) {
        return !UNDECIDABLE.getOrDefault(review.rule(), Set.of()).containsAll(review.reasons());
    }
}
