package nl.claimdesk.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * What the campaign pages and Mijn dossier say about opting out of the class or into it with the court's registry,
 * and how that differs from withdrawing from the participation agreement (docs/adr/0048).
 *
 * @param paragraphs the difference from withdrawing, then per regime who files and by when
 * @param howTo how to file, in the version's words; empty when it gives none
 * @param registryHref the registry's page; none when the version names none
 */
public record RegistryNotice(
        List<String> paragraphs, String howTo, @Nullable String registryHref) {

    /** The notice for the campaign's current class version; none when no version names an opt-out or opt-in. */
    public static Optional<RegistryNotice> of(Optional<ClassVersion> current, Texts t) {
        if (current.isEmpty()) {
            return Optional.empty();
        }
        ClassVersion version = current.get();
        RegistryFiling registry = version.definition().registry();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.get("registry.notice.difference"));
        ClassCriteria criteria = version.criteria();
        String optOutIn = where(criteria, ResidenceRegime.OPT_OUT, t);
        if (optOutIn != null) {
            paragraphs.add(t.get(
                    "registry.notice.optOut",
                    optOutIn,
                    deadline(registry == null ? null : registry.optOutDeadline(), t)));
        }
        String optInIn = where(criteria, ResidenceRegime.OPT_IN, t);
        if (optInIn != null) {
            paragraphs.add(t.get(
                    "registry.notice.optIn", optInIn, deadline(registry == null ? null : registry.optInDeadline(), t)));
        }
        if (optOutIn == null && optInIn == null) {
            return Optional.empty();
        }
        return Optional.of(new RegistryNotice(
                List.copyOf(paragraphs),
                registry == null ? "" : registry.howTo(t.language()),
                registry == null || registry.registryUrl() == null
                        ? null
                        : registry.registryUrl().toString()));
    }

    /** The countries under {@code regime} in words, or none when no one lives under it. */
    private static @Nullable String where(ClassCriteria criteria, ResidenceRegime regime, Texts t) {
        TreeSet<String> named = new TreeSet<>();
        criteria.residence().forEach((country, r) -> {
            if (r == regime) {
                named.add(java.util.Locale.of("", country)
                        .getDisplayCountry(t.language().locale()));
            }
        });
        if (criteria.otherCountries() == regime) {
            named.add(t.get(criteria.residence().isEmpty() ? "registry.notice.anywhere" : "registry.notice.elsewhere"));
        }
        return named.isEmpty() ? null : String.join(", ", named);
    }

    private static String deadline(@Nullable LocalDate deadline, Texts t) {
        return deadline == null
                ? t.get("registry.notice.noDeadline")
                : t.get(
                        "registry.notice.deadline",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(t.language().locale())
                                .format(deadline));
    }
}
