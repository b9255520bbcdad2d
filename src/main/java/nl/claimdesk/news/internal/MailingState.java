package nl.claimdesk.news.internal;

/** Where a mailing is: composed, going out, held, stopped for good, or sent to every frozen recipient. */
public enum MailingState {
    DRAFT,
    SENDING,
    PAUSED,
    CANCELLED,
    DONE
}
