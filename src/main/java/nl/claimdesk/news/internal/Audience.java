package nl.claimdesk.news.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.shared.Language;

/**
 * Who a mailing is for, kept with the mailing: confirmed registrations of its campaign of these kinds (registrants of
 * children, young adults, supporters), in these languages, and optionally only those whose participation is
 * complete (agreement accepted).
 */
public record Audience(Set<RegistrationKind> kinds, boolean completeOnly, Set<Language> languages) {

    public Audience {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        languages = languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
    }

    String storedKinds() {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    String storedLanguages() {
        return languages.stream().map(Language::code).sorted().collect(Collectors.joining(","));
    }

    List<String> kindNames() {
        return kinds.stream().map(Enum::name).sorted().toList();
    }

    List<String> languageCodes() {
        return languages.stream().map(Language::code).sorted().toList();
    }

    static Audience stored(String kinds, boolean completeOnly, String languages) {
        return new Audience(
                Arrays.stream(kinds.split(","))
                        .filter(name -> !name.isEmpty())
                        .map(RegistrationKind::valueOf)
                        .collect(Collectors.toSet()),
                completeOnly,
                Arrays.stream(languages.split(","))
                        .flatMap(code -> Language.fromCode(code).stream())
                        .collect(Collectors.toSet()));
    }
}
