package nl.claimdesk.backoffice;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The routes the running application maps below some paths, read from Spring MVC's handler mapping: every pattern
 * with every method it takes. A mapping without a method takes any, and is listed as GET and POST, the methods a
 * browser sends.
 */
final class MappedRoutes {

    private MappedRoutes() {}

    static Set<Route> below(ApplicationContext context, List<String> prefixes) {
        RequestMappingHandlerMapping mapping =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<Route> found = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (prefixes.stream().noneMatch(prefix -> pattern.equals(prefix) || pattern.startsWith(prefix + "/"))) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    found.add(Route.get(pattern));
                    found.add(Route.post(pattern));
                }
                methods.forEach(method -> found.add(new Route(HttpMethod.valueOf(method.name()), pattern)));
            }
        });
        return found;
    }
}
