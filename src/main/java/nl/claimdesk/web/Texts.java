package nl.claimdesk.web;

import nl.claimdesk.shared.Language;
import org.springframework.context.MessageSource;

/** The interface texts of one language, as templates use them: {@code t.get("landing.signUp")}. */
public final class Texts {

    private final MessageSource messages;
    private final Language language;

    Texts(MessageSource messages, Language language) {
        this.messages = messages;
        this.language = language;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    public Language language() {
        return language;
    }
}
