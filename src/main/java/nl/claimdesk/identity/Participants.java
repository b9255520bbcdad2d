package nl.claimdesk.identity;

import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The logged-in participant of the current request, with the language their pages are shown in: their own, unless
 * the address asks for another ({@code ?lang=en}).
 */
@Component
public class Participants {

    private final Accounts accounts;

    Participants(Accounts accounts) {
        this.accounts = accounts;
    }

    public Current current(@Nullable String lang) {
        AccountId id =
                ParticipantSessions.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        Account account = accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        Language language =
                lang == null ? account.language() : Language.fromCode(lang).orElse(account.language());
        return new Current(account, language);
    }

    /** The participant and the language of this request. */
    public record Current(Account account, Language language) {

        public AccountId id() {
            return account.id();
        }

        /** {@code path} in this request's language, for links between the participant's pages. */
        public String link(String path) {
            return path + (path.contains("?") ? "&" : "?") + "lang=" + language.code();
        }
    }
}
