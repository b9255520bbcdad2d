package nl.claimdesk.registration.view;

import java.util.List;

/** Check your answers: every answer with a link to change it, the privacy statement to acknowledge, and send. */
public record CheckView(
        Funnel funnel, List<SummaryRow> registrant, List<Section> claimants, String privacyHref, boolean acknowledged) {

    /** The answers about one claimant, under a heading. */
    public record Section(String heading, List<SummaryRow> rows) {}
}
