package nl.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.SpringFactoriesLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's settings table is the documentation of Claimdesk's settings; the settings records are where they are
 * read and where their defaults live. This holds the two together: every {@code CLAIMDESK_*} variable of the table
 * is a setting of the generated metadata with the same default, every {@code claimdesk.*} setting is in the table,
 * and each variable reaches its setting from the environment.
 */
class SettingsDocumentationTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([^|]+) \\| ([^|]+) \\|.*$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** {@code key=${VARIABLE:default}}: a variable for a key of Spring Boot's own (spring.session.timeout). */
    private static final Pattern MAPPED = Pattern.compile("^([a-z][\\w.-]*)=\\$\\{(CLAIMDESK_\\w+):(.*)}$");

    private final Map<String, Setting> metadata = metadata();
    private final Map<String, Mapped> mapped = mappedInApplicationProperties();
    private final Map<String, Optional<String>> readme = readmeTable();

    @Test
    void everyVariableOfTheReadmeIsASettingWithTheSameDefault() {
        List<String> problems = new ArrayList<>();
        readme.forEach((variable, documented) -> {
            String key = key(variable);
            if (key == null) {
                problems.add(variable + " is in the README but no setting of the metadata");
                return;
            }
            Optional<String> actual = key.startsWith("claimdesk.")
                    ? metadata.get(key).defaultValue()
                    : mapped.get(variable).defaultValue();
            if (!normalised(documented).equals(normalised(actual))) {
                problems.add(variable + " (" + key + "): the README says " + documented.orElse("(none)")
                        + ", the application " + actual.orElse("(none)"));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everySettingOfTheMetadataIsInTheReadme() {
        TreeSet<String> undocumented = new TreeSet<>(metadata.keySet());
        readme.keySet().forEach(variable -> undocumented.remove(key(variable)));
        assertThat(undocumented).as("settings missing from the README's table").isEmpty();
    }

    @Test
    void everyVariableOfTheReadmeReachesItsSettingFromTheEnvironment() throws IOException {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
                        .load(
                                EnvironmentPostProcessor.class,
                                null,
                                // Boot's own post-processors need arguments that only SpringApplication gives.
                                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {})))
                .as("the application applies the aliases")
                .hasAtLeastOneElementOfType(VariableAliases.class);
        for (String variable : readme.keySet()) {
            String key = key(variable);
            assertThat(key).as(variable).isNotNull();
            StandardEnvironment environment = environmentWith(Map.of(variable, "set-by-" + variable));
            assertThat(Binder.get(environment).bind(key, String.class).orElse(null))
                    .as(variable + " sets " + key)
                    .isEqualTo("set-by-" + variable);
        }
    }

    /** Without variables every record has its own defaults: application.properties overrides none of them. */
    @Test
    void unsetVariablesLeaveEveryRecordItsDefaults() throws IOException {
        StandardEnvironment environment = environmentWith(Map.of());
        for (String record : new TreeSet<>(metadata.values().stream()
                .map(Setting::record)
                .filter(type -> type != null)
                .toList())) {
            Class<?> type = loaded(record);
            Object bound = TestSettings.bind(Binder.get(environment), type);
            assertThat(bound).as(record).isEqualTo(TestSettings.bind(type));
        }
    }

    private @Nullable String key(String variable) {
        String alias = VariableAliases.KEYS.get(variable);
        if (alias != null) {
            return alias;
        }
        Mapped byHand = mapped.get(variable);
        if (byHand != null) {
            return byHand.key();
        }
        return metadata.keySet().stream()
                .filter(key -> relaxedVariable(key).equals(variable))
                .findFirst()
                .orElse(null);
    }

    /** The environment variable Spring Boot's relaxed binding reads for a key. */
    private static String relaxedVariable(String key) {
        return key.toUpperCase().replace('.', '_').replace('-', '_');
    }

    private static String normalised(Optional<String> value) {
        String text = value.map(String::strip).orElse("");
        try {
            return DurationStyle.detectAndParse(text).toString();
        } catch (IllegalArgumentException | DateTimeParseException notADuration) {
            return text;
        }
    }

    private static StandardEnvironment environmentWith(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        new PropertiesPropertySourceLoader()
                .load("application.properties", new ClassPathResource("application.properties"))
                .forEach(environment.getPropertySources()::addLast);
        new VariableAliases().postProcessEnvironment(environment, new SpringApplication());
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    private static Class<?> loaded(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Setting(@Nullable String record, Optional<String> defaultValue) {}

    private record Mapped(String key, Optional<String> defaultValue) {}

    private static Map<String, Setting> metadata() {
        Map<String, Setting> settings = new TreeMap<>();
        try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            for (JsonNode property : root.path("properties")) {
                String name = property.path("name").asString();
                if (!name.startsWith("claimdesk.")) {
                    continue;
                }
                JsonNode value = property.get("defaultValue");
                Optional<String> defaultValue = value == null || value.isArray() && value.isEmpty()
                        ? Optional.empty()
                        : Optional.of(value.asString()).filter(text -> !text.isEmpty());
                String record = property.hasNonNull("sourceType")
                        ? topLevel(property.path("sourceType").asString())
                        : null;
                settings.put(name, new Setting(record, defaultValue));
            }
        } catch (IOException e) {
            throw new IllegalStateException("the build writes the settings metadata", e);
        }
        return settings;
    }

    /** The settings record a nested record ({@code Outer$Inner}) belongs to. */
    private static String topLevel(String sourceType) {
        String binary = sourceType;
        while (true) {
            try {
                Class.forName(binary);
                break;
            } catch (ClassNotFoundException e) {
                int dot = binary.lastIndexOf('.');
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
            }
        }
        int nested = binary.indexOf('$');
        return nested < 0 ? binary : binary.substring(0, nested);
    }

    private static Map<String, Mapped> mappedInApplicationProperties() {
        Map<String, Mapped> mapped = new LinkedHashMap<>();
        try (InputStream in = new ClassPathResource("application.properties").getInputStream()) {
            for (String line : new String(in.readAllBytes()).lines().toList()) {
                Matcher matcher = MAPPED.matcher(line);
                if (matcher.matches()) {
                    mapped.put(
                            matcher.group(2),
                            new Mapped(
                                    matcher.group(1),
                                    Optional.of(matcher.group(3)).filter(text -> !text.isEmpty())));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return mapped;
    }

    /** The table's {@code CLAIMDESK_*} variables with their documented defaults ({@code *(none...)*}: none). */
    private static Map<String, Optional<String>> readmeTable() {
        Map<String, Optional<String>> variables = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("README.md"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int start = lines.indexOf("## Configuration");
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            List<String> names = expanded(codes(row.group(1)));
            List<String> defaults = row.group(2).strip().startsWith("*(") ? List.of() : codes(row.group(2));
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).startsWith("CLAIMDESK_")) {
                    continue;
                }
                int which = names.size() == defaults.size() ? i : 0;
                variables.put(names.get(i), defaults.isEmpty() ? Optional.empty() : Optional.of(defaults.get(which)));
            }
        }
        return variables;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    /** {@code CLAIMDESK_RATE_LIMIT_LOGIN_PER_IP, ..._PER_ADDRESS}: the second is the first with its end replaced. */
    private static List<String> expanded(List<String> names) {
        List<String> full = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith("...") && !full.isEmpty()) {
                String tail = name.substring(3);
                String first = full.getFirst();
                String marker = tail.substring(0, tail.indexOf('_', 1));
                full.add(first.substring(0, first.lastIndexOf(marker)) + tail);
            } else {
                full.add(name);
            }
        }
        return full;
    }
}
