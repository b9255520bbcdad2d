package nl.claimdesk.news.view;

import java.util.List;
import nl.claimdesk.shared.SafeHtml;

/** Mijn dossier's news archive: the mailings of the participant's campaigns, newest first. */
public record NewsArchiveView(String backHref, List<Item> items) {

    /** One mailing: when it went out, for which campaign, whether the court ordered it, and what it said. */
    public record Item(String date, String campaign, String kind, String subject, SafeHtml body) {}
}
