package nl.claimdesk.audit.view;

import java.util.List;
import nl.claimdesk.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * The audit log page: the filter form as typed with its problems, a page of entries newest first, and links to the
 * first page and the next one (absent on the last).
 */
public record AuditLogView(
        Filter filter,
        FormErrors errors,
        List<Entry> entries,
        boolean firstPage,
        String firstHref,
        @Nullable String nextHref) {

    public record Filter(String actor, String action, String subjectType, String subjectId, String from, String to) {}

    /** One entry; {@code subjectHref} leads to the participant's file when the subject is a registration. */
    public record Entry(
            String time,
            String actor,
            String actorDetail,
            String ip,
            String action,
            String subject,
            @Nullable String subjectHref,
            String details) {}
}
