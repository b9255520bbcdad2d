package nl.claimdesk.identity;

import java.time.OffsetDateTime;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;

/** A participant's account: the email address they sign up and log in with. */
public record Account(
        AccountId id,
        EmailAddress email,
        Language language,
        @Nullable OffsetDateTime emailVerifiedAt) {

    public boolean verified() {
        return emailVerifiedAt != null;
    }
}
