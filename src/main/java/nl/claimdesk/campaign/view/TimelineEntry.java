package nl.claimdesk.campaign.view;

import java.time.LocalDate;
import java.util.UUID;
import nl.claimdesk.shared.SafeHtml;
import nl.claimdesk.web.SitePaths;

/** One dated item of a campaign's timeline, in one language. */
public record TimelineEntry(UUID id, LocalDate date, String displayDate, String title, SafeHtml body) {

    /** The value of the {@code datetime} attribute of its {@code <time>} element. */
    public String isoDate() {
        return date.toString();
    }

    /** Its {@code id} on the page, which a news mail's link points at. */
    public String anchor() {
        return SitePaths.timelineAnchor(id);
    }
}
