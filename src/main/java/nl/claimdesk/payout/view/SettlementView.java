package nl.claimdesk.payout.view;

import java.util.List;
import nl.claimdesk.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * One settlement: its facts, and what can be done now — approve it (by someone other than who entered it), record
 * the court's approval for minors, and once approved divide it ({@code allocationHref}) and report on it.
 */
public record SettlementView(
        String heading,
        @Nullable String notice,
        List<Fact> facts,
        @Nullable String approveAction,
        @Nullable String approveRefusal,
        @Nullable String courtAction,
        String courtApprovedOn,
        String courtReference,
        FormErrors errors,
        @Nullable String allocationHref,
        String reportHref,
        String backHref) {}
