package nl.claimdesk.identity;

import java.time.Duration;

/**
 * What a one-time link is for, and how long it lives. A new link replaces the account's older unused links of the
 * same purpose; for a purpose with one link per subject, only those for the same subject (a registration, an
 * invitation), so that a link for one campaign's sign-up does not cancel the link for another's.
 */
public enum TokenPurpose {
    /** Confirms the email address given at sign-up and opens Mijn dossier, once. */
    VERIFY_REGISTRATION(Duration.ofHours(72), true),
    /** Logs a participant in. */
    LOG_IN(Duration.ofMinutes(10), false),
    /** Confirms a new email address before it replaces the account's address. */
    CHANGE_EMAIL(Duration.ofHours(72), false),
    /** Lets a young adult take over the file their parent kept for them, once. */
    HAND_OVER(Duration.ofDays(14), true),
    /** Confirms a bank account entered in Mijn dossier before a payment may go to it, once. */
    BANK_DETAILS(Duration.ofHours(72), true);

    private final Duration lifetime;
    private final boolean onePerSubject;

    TokenPurpose(Duration lifetime, boolean onePerSubject) {
        this.lifetime = lifetime;
        this.onePerSubject = onePerSubject;
    }

    public Duration lifetime() {
        return lifetime;
    }

    boolean onePerSubject() {
        return onePerSubject;
    }
}
