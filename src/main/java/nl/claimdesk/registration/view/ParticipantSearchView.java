package nl.claimdesk.registration.view;

import java.util.List;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * The participant search page: the form as typed, and the results (only once the search was valid). The results part
 * is also what a live search (htmx) gets back on its own.
 */
public record ParticipantSearchView(
        List<Choice> kinds,
        String q,
        List<Choice> campaigns,
        List<Choice> statuses,
        List<Choice> claimantStatuses,
        String from,
        String to,
        boolean review,
        List<Choice> sorts,
        FormErrors errors,
        List<Row> rows,
        @Nullable String nextHref,
        @Nullable String exportHref,
        @Nullable String claimantsExportHref) {

    /** A participant in the results, as printed. */
    public record Row(
            String reference,
            String name,
            String email,
            String postcode,
            String campaign,
            String kind,
            int claimants,
            String status,
            String signedUpAt,
            String fileHref) {}
}
