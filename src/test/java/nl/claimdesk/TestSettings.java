package nl.claimdesk;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.annotation.MergedAnnotations;

/** A module's settings record as the application binds it: its defaults, with the given properties on top. */
public final class TestSettings {

    private TestSettings() {}

    /** @param properties {@code name=value} pairs, e.g. {@code "claimdesk.mail.workers=3"} */
    public static <T> T bind(Class<T> settings, String... properties) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String property : properties) {
            int equals = property.indexOf('=');
            values.put(property.substring(0, equals), property.substring(equals + 1));
        }
        return bind(new Binder(new MapConfigurationPropertySource(values)), settings);
    }

    /** The settings record as {@code binder}'s properties set it, with its defaults for the rest. */
    public static <T> T bind(Binder binder, Class<T> settings) {
        String prefix = MergedAnnotations.from(settings)
                .get(ConfigurationProperties.class)
                .getString("prefix");
        return binder.bindOrCreate(prefix, settings);
    }
}
