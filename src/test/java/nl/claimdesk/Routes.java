package nl.claimdesk;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.RequestMapping;

/** The routes a controller maps, read from its compiled mapping annotations: the class's prefix joined to each method's path. */
final class Routes {

    private Routes() {}

    static List<String> of(JavaClass controller) {
        List<String> prefixes = paths(controller.getAnnotations());
        if (prefixes.isEmpty()) {
            prefixes = List.of("");
        }
        List<String> routes = new ArrayList<>();
        for (JavaMethod method : controller.getMethods()) {
            if (!isMapping(method.getAnnotations())) {
                continue;
            }
            List<String> ends = paths(method.getAnnotations());
            for (String prefix : prefixes) {
                for (String end : ends.isEmpty() ? List.of("") : ends) {
                    routes.add(joined(prefix, end));
                }
            }
        }
        return routes.stream().distinct().toList();
    }

    private static boolean isMapping(Set<? extends JavaAnnotation<?>> annotations) {
        return annotations.stream().anyMatch(Routes::isMapping);
    }

    private static boolean isMapping(JavaAnnotation<?> annotation) {
        return annotation.getRawType().isEquivalentTo(RequestMapping.class)
                || annotation.getRawType().isAnnotatedWith(RequestMapping.class);
    }

    private static List<String> paths(Set<? extends JavaAnnotation<?>> annotations) {
        return annotations.stream()
                .filter(Routes::isMapping)
                .flatMap(mapping -> Stream.of("value", "path")
                        .flatMap(attribute -> mapping.get(attribute).stream())
                        .flatMap(paths -> Arrays.stream((String[]) paths)))
                .distinct()
                .toList();
    }

    private static String joined(String prefix, String end) {
        if (end.isEmpty() || prefix.endsWith("/") || end.startsWith("/")) {
            return prefix + end;
        }
        return prefix + "/" + end;
    }
}
