package nl.claimdesk;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tomcat's request threads default to four per core (at least 8, at most Tomcat's own 200) instead of 200 whatever
 * the machine. A request is mostly CPU here (rendering, sealing cookies, a few short statements), so on two cores 200
 * threads only take turns: the sign-up journey measured 163 journeys/s with 8 threads against 120 with 200, and the
 * mail delivery threads were starved (ADR 0058). Given as the lowest-ranked property source, so that
 * SERVER_TOMCAT_THREADS_MAX or server.tomcat.threads.max in a file still decide.
 */
class RequestThreadDefault implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "claimdeskRequestThreadDefault";
    static final int PER_CORE = 4;
    static final int LEAST = 8;
    static final int MOST = 200;
    private static final int TOMCAT_MIN_SPARE = 10;

    static int threadsFor(int cores) {
        return Math.clamp((long) PER_CORE * cores, LEAST, MOST);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        int threads = threadsFor(Runtime.getRuntime().availableProcessors());
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        SOURCE,
                        Map.of(
                                "server.tomcat.threads.max",
                                threads,
                                "server.tomcat.threads.min-spare",
                                Math.min(TOMCAT_MIN_SPARE, threads))));
    }

    @Override
    public int getOrder() {
        // After the application's files are read, so that they rank above this default.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
