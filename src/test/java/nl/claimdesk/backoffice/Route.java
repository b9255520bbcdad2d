package nl.claimdesk.backoffice;

import org.springframework.http.HttpMethod;

/** One request mapping of the application: an HTTP method and a path pattern as Spring MVC declares it. */
record Route(HttpMethod method, String pattern) implements Comparable<Route> {

    static Route get(String pattern) {
        return new Route(HttpMethod.GET, pattern);
    }

    static Route post(String pattern) {
        return new Route(HttpMethod.POST, pattern);
    }

    @Override
    public int compareTo(Route other) {
        int byPattern = pattern.compareTo(other.pattern);
        return byPattern != 0 ? byPattern : method.name().compareTo(other.method.name());
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
