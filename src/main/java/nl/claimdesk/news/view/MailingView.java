package nl.claimdesk.news.view;

import java.util.List;
import nl.claimdesk.shared.SafeHtml;
import org.jspecify.annotations.Nullable;

/**
 * A mailing in the back office: what it says (previewed in each language for a sample recipient), who it is for and
 * how many that is now, who did what, its progress once sent, and the actions the staff member may take.
 *
 * @param kindNote says plainly whether the news preference is honoured or, for a legal notice, not
 */
public record MailingView(
        String heading,
        String campaign,
        String kind,
        String kindNote,
        String state,
        @Nullable String notice,
        @Nullable String error,
        List<Preview> previews,
        String audience,
        @Nullable Long count,
        boolean needsApproval,
        List<String> record,
        @Nullable ProgressView progress,
        String actionBase,
        boolean canTest,
        boolean canApprove,
        boolean canSend,
        boolean canPause,
        boolean canResume,
        boolean canCancel) {

    /** The mail in one language as the sample recipient would get it. */
    public record Preview(
            String language,
            String languageName,
            String subject,
            String greeting,
            SafeHtml body,
            List<String> notes,
            @Nullable String unsubscribe) {}
}
