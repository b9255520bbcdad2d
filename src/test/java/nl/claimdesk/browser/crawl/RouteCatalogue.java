package nl.claimdesk.browser.crawl;

import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/** The routes Spring MVC maps, read from its handler mapping, and the route an address belongs to. */
final class RouteCatalogue {

    private static final String LANGUAGE = "lang=";

    private final List<PathPattern> gets;
    private final List<PathPattern> posts;

    RouteCatalogue(RequestMappingHandlerMapping mapping) {
        this.gets = patterns(mapping.getHandlerMethods().keySet(), RequestMethod.GET);
        this.posts = patterns(mapping.getHandlerMethods().keySet(), RequestMethod.POST);
    }

    /** Every route a GET reaches, as its pattern, e.g. {@code /backoffice/files/{registration}}. */
    Set<String> getRoutes() {
        return gets.stream().map(PathPattern::getPatternString).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The most specific GET route the address answers, if any. */
    Optional<String> getRoute(URI address) {
        return route(gets, address.getRawPath());
    }

    /** The most specific POST route a form sending to {@code address} reaches, if any. */
    Optional<String> postRoute(URI address) {
        return route(posts, address.getRawPath());
    }

    /** The page key of a followed link or GET form: route, query parameter names, state {@link PageKey#PAGE}. */
    Optional<PageKey> pageKey(URI address) {
        return getRoute(address).map(route -> new PageKey(route, queryShape(address), PageKey.PAGE));
    }

    private static Optional<String> route(List<PathPattern> patterns, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return patterns.stream()
                .filter(pattern -> pattern.matches(container))
                .min(PathPattern.SPECIFICITY_COMPARATOR)
                .map(PathPattern::getPatternString);
    }

    /**
     * The sorted names of the query parameters, without their values, but for the language of Mijn dossier
     * ({@code lang=en}): a page in another language is another page.
     */
    static String queryShape(URI address) {
        String query = address.getRawQuery();
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.startsWith(LANGUAGE) ? pair : pair.split("=", 2)[0])
                .filter(name -> !name.isEmpty())
                .distinct()
                .sorted()
                .collect(Collectors.joining("&"));
    }

    private static List<PathPattern> patterns(Collection<RequestMappingInfo> infos, RequestMethod method) {
        return infos.stream()
                .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(method))
                .filter(info -> info.getPathPatternsCondition() != null)
                .flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
                .distinct()
                .sorted(Comparator.comparing(PathPattern::getPatternString))
                .toList();
    }
}
