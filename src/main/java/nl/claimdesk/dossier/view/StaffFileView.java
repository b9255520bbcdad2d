package nl.claimdesk.dossier.view;

import java.util.List;
import nl.claimdesk.web.Link;
import org.jspecify.annotations.Nullable;

/**
 * A participant's file as the back office shows it: the registrant, the registration, each claimant, the duplicate
 * reviews, the accepted agreements, the mails sent and the full history, with the actions staff can take.
 */
public record StaffFileView(
        String heading,
        @Nullable String notice,
        List<Row> registrant,
        List<Row> registration,
        List<Link> actions,
        List<Claimant> claimants,
        List<Review> reviews,
        List<Acceptance> acceptances,
        List<Mail> mails,
        List<Event> history) {

    /** A labelled value; {@code warning} marks one staff must not miss (suspected fraud). */
    public record Row(String label, String value, boolean warning) {}

    public record Claimant(
            String id, String name, String born, String use, String status, List<String> flags, List<Link> actions) {}

    public record Review(
            String text, Link otherFile, @Nullable String resolveHref) {}

    public record Acceptance(
            String claimant,
            int version,
            String sha256,
            String acceptedAt,
            String ip,
            String userAgent,
            String signer,
            String language) {}

    public record Mail(String queuedAt, String subject, String kind, String status, int attempts, String outcomeAt) {}

    public record Event(String at, String what, String actor, String detail) {}
}
