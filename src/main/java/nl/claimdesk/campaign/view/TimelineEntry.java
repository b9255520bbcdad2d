package nl.claimdesk.campaign.view;

import java.time.LocalDate;
import nl.claimdesk.shared.SafeHtml;

/** One dated item of a campaign's timeline, in one language. */
public record TimelineEntry(LocalDate date, String displayDate, String title, SafeHtml body) {

    /** The value of the {@code datetime} attribute of its {@code <time>} element. */
    public String isoDate() {
        return date.toString();
    }
}
