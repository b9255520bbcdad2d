package nl.claimdesk.campaign.view;

import java.util.List;

/** The published documents of one kind on the foundation page (the statutes, the annual reports...), newest first. */
public record DocumentGroup(String heading, List<Entry> documents) {

    /**
     * One document as the page links it.
     *
     * @param isoDate the {@code datetime} of its {@code <time>} element
     * @param languageCode the language the document is written in, for {@code hreflang}
     * @param details what the link text leaves out: the language, the format and the size
     */
    public record Entry(
            String title, String href, String isoDate, String displayDate, String languageCode, String details) {}
}
