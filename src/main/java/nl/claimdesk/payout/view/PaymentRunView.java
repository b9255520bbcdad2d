package nl.claimdesk.payout.view;

import java.util.List;
import nl.claimdesk.web.Link;
import org.jspecify.annotations.Nullable;

/**
 * One payment run: its figures, the approval button for a second person, and the files once approved.
 *
 * @param approveAction where the approval goes; null when this staff member may not approve (created it, or done)
 */
public record PaymentRunView(
        @Nullable String notice,
        String createdAt,
        int payments,
        String total,
        String state,
        @Nullable String approveAction,
        String backHref,
        List<FileRow> files) {

    public record FileRow(Link download, int transactions, String total, String sha256) {}
}
