package nl.claimdesk.shared;

import java.util.Locale;
import java.util.Optional;

/** A language the public site and the mails are offered in. Dutch comes first: it is the default. */
public enum Language {
    NL(Locale.of("nl", "NL")),
    EN(Locale.ENGLISH);

    public static final Language DEFAULT = NL;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The code used in URLs, HTML {@code lang} attributes and the database: {@code nl} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
