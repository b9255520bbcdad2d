package nl.claimdesk.news.view;

import java.util.List;

/** The back office's list of mailings, newest first. */
public record MailingListView(List<Row> mailings, String newHref) {

    /** One mailing: its subject (Dutch), campaign, kind and state in words, and when it was composed. */
    public record Row(String subject, String href, String campaign, String kind, String state, String composed) {}
}
