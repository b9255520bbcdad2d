package nl.claimdesk.campaign;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * How people leave or join the class under a version: they file an opt-out (residents under {@link
 * ResidenceRegime#OPT_OUT}) or an opt-in (residents under {@link ResidenceRegime#OPT_IN}) with the court's registry,
 * not with us, before the court's deadline. A deadline the court has not set yet is left out.
 *
 * @param optOutDeadline the last day on which an opt-out can be filed
 * @param optInDeadline the last day on which an opt-in can be filed
 * @param howTo how to file, in plain words by language code
 * @param registryUrl the registry's page where one files
 */
public record RegistryFiling(
        @Nullable LocalDate optOutDeadline,
        @Nullable LocalDate optInDeadline,
        Map<String, String> howTo,
        @Nullable URI registryUrl) {

    public RegistryFiling {
        // A definition file may leave the texts out.
        howTo = howTo == null ? Map.of() : Map.copyOf(howTo);
    }

    public String howTo(Language language) {
        return howTo.getOrDefault(language.code(), "");
    }
}
