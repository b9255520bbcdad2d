package nl.claimdesk.registration.internal.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.claimdesk.campaign.RegistryChoice;
import org.jspecify.annotations.Nullable;

/**
 * A list of opt-outs and opt-ins as the court's registry reports them, in CSV with a header line naming the columns
 * (in any order; docs/adr/0048): {@code registry_reference}, {@code choice} ({@code opt-out} or {@code opt-in}),
 * {@code last_name}, {@code date_of_birth} ({@code 2012-03-31} or {@code 31-03-2012}), and at least one of {@code
 * postcode} (the registrant's) and {@code registration_reference} (ours, e.g. {@code ABCDE-12345}).
 */
public final class RegistryList {

    static final List<String> REQUIRED = List.of("registry_reference", "choice", "last_name", "date_of_birth");
    static final List<String> EITHER = List.of("postcode", "registration_reference");
    public static final int MAX_LINES = 20_000;

    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private RegistryList() {}

    /**
     * One line of the list: its number in the file, its fields as read, and either what it says or why it cannot be
     * read (a message key).
     */
    public record Line(
            int number,
            List<String> fields,
            @Nullable Entry entry,
            @Nullable String problem) {}

    /** What a readable line says. */
    public record Entry(
            String registryReference,
            RegistryChoice choice,
            String lastName,
            LocalDate dateOfBirth,
            String postcode,
            String registrationReference) {}

    /** The lines, or the message key of why the list as a whole cannot be read. */
    public static Lines parse(String text) {
        List<List<String>> records = CsvLines.read(text);
        if (records.isEmpty()) {
            return Lines.refused("registry.list.error.empty");
        }
        List<String> header = records.getFirst().stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!header.containsAll(REQUIRED) || EITHER.stream().noneMatch(header::contains)) {
            return Lines.refused("registry.list.error.header");
        }
        if (records.size() == 1) {
            return Lines.refused("registry.list.error.empty");
        }
        if (records.size() - 1 > MAX_LINES) {
            return Lines.refused("registry.list.error.tooLong");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            lines.add(line(i + 1, header, records.get(i)));
        }
        return new Lines(List.copyOf(lines), null);
    }

    /** The lines of a list, or why it was refused as a whole. */
    public record Lines(List<Line> lines, @Nullable String refusal) {
        static Lines refused(String key) {
            return new Lines(List.of(), key);
        }
    }

    private static Line line(int number, List<String> header, List<String> fields) {
        if (fields.size() != header.size()) {
            return new Line(number, fields, null, "registry.unmatched.columns");
        }
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), fields.get(i).strip());
        }
        String reference = values.get("registry_reference");
        String lastName = values.get("last_name");
        if (reference.isEmpty() || reference.length() > 60 || lastName.isEmpty()) {
            return new Line(number, fields, null, "registry.unmatched.incomplete");
        }
        Optional<RegistryChoice> choice = choice(values.get("choice"));
        if (choice.isEmpty()) {
            return new Line(number, fields, null, "registry.unmatched.choice");
        }
        LocalDate born = date(values.get("date_of_birth"));
        if (born == null) {
            return new Line(number, fields, null, "registry.unmatched.date");
        }
        String postcode = values.getOrDefault("postcode", "");
        String registration = values.getOrDefault("registration_reference", "");
        if (postcode.isEmpty() && registration.isEmpty()) {
            return new Line(number, fields, null, "registry.unmatched.incomplete");
        }
        return new Line(
                number, fields, new Entry(reference, choice.get(), lastName, born, postcode, registration), null);
    }

    private static Optional<RegistryChoice> choice(String typed) {
        return switch (typed.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "")) {
            case "optout", "optedout" -> Optional.of(RegistryChoice.OPTED_OUT);
            case "optin", "optedin" -> Optional.of(RegistryChoice.OPTED_IN);
            default -> Optional.empty();
        };
    }

    private static @Nullable LocalDate date(String typed) {
        for (DateTimeFormatter format : List.of(ISO_DATE, DUTCH_DATE)) {
            try {
                return LocalDate.parse(typed, format);
            } catch (DateTimeParseException notThisFormat) {
                // the next format, or none
            }
        }
        return null;
    }
}
