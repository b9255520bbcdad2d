package nl.claimdesk.identity;

import java.time.Duration;

/** What a one-time link is for, and how long it lives. */
public enum TokenPurpose {
    /** Confirms the email address given at sign-up and opens Mijn dossier. */
    VERIFY_REGISTRATION(Duration.ofHours(72)),
    /** Logs a participant in. */
    LOG_IN(Duration.ofMinutes(15));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
