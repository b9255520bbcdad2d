package nl.claimdesk.payout.view;

import java.util.List;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import org.jspecify.annotations.Nullable;

/** The payment runs, newest first, and the form that starts a run for an approved settlement. */
public record PaymentRunsView(
        @Nullable String notice, FormErrors errors, List<Row> runs, List<Choice> settlements, String action) {

    public record Row(String createdAt, int payments, String total, String state, String href) {}
}
