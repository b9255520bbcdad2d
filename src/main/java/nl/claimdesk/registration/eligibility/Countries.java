package nl.claimdesk.registration.eligibility;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.claimdesk.shared.Language;

/** The countries of residence to choose from, named in the reader's language; the Netherlands first. */
public final class Countries {

    public static final String NETHERLANDS = "NL";
    private static final Set<String> CODES = Set.copyOf(List.of(Locale.getISOCountries()));
    private static final Map<Language, List<Country>> LISTS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            Collator collator = Collator.getInstance(language.locale());
            List<Country> countries = new ArrayList<>();
            for (String code : CODES) {
                if (!code.equals(NETHERLANDS)) {
                    countries.add(new Country(code, Locale.of("", code).getDisplayCountry(language.locale())));
                }
            }
            countries.sort(Comparator.comparing(Country::name, collator));
            countries.addFirst(
                    new Country(NETHERLANDS, Locale.of("", NETHERLANDS).getDisplayCountry(language.locale())));
            LISTS.put(language, List.copyOf(countries));
        }
    }

    private Countries() {}

    public static List<Country> in(Language language) {
        return LISTS.get(language);
    }

    public static boolean known(String code) {
        return CODES.contains(code);
    }

    public static String name(String code, Language language) {
        return Locale.of("", code).getDisplayCountry(language.locale());
    }

    public record Country(String code, String name) {}
}
