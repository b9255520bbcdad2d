package nl.claimdesk.news;

/** What a mailing is: news a participant may turn off, or a notice the court ordered to reach everyone concerned. */
public enum MailingKind {
    NEWS_UPDATE,
    LEGAL_NOTICE
}
