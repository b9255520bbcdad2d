package nl.claimdesk.identity;

import java.time.Duration;

/** What a one-time link is for, and how long it lives. */
public enum TokenPurpose {
    /** Confirms the email address given at sign-up and opens Mijn dossier. */
    VERIFY_REGISTRATION(Duration.ofHours(72)),
    /** Logs a participant in. */
    LOG_IN(Duration.ofMinutes(15)),
    /** Confirms a new email address before it replaces the account's address. */
    CHANGE_EMAIL(Duration.ofHours(72)),
    /** Lets a young adult take over the file their parent kept for them. */
    HAND_OVER(Duration.ofDays(14));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
