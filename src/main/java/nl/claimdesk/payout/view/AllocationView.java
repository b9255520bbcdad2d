package nl.claimdesk.payout.view;

import java.util.List;
import java.util.Map;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * A settlement's allocation: the published versions (the current one per category), the scheme form, — after
 * "preview" — what the scheme would give now, and the claimants paid under an earlier version whose current share is
 * another amount (ids only: finance settles the difference by hand).
 */
public record AllocationView(
        String heading,
        String net,
        String action,
        String backHref,
        FormErrors errors,
        Map<String, String> values,
        List<Choice> schemes,
        List<Choice> valueKinds,
        int categoryRows,
        boolean reasonRequired,
        @Nullable Preview preview,
        List<Version> versions,
        List<PaidAtAnotherAmount> paidAtAnotherAmount) {

    /** How many claimants paid at another amount the page lists; the report counts them all. */
    public static final int PAID_AT_ANOTHER_AMOUNT_SHOWN = 500;

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** A category's line: claimants, the amount each (a range when some get a cent more), and the total. */
    public record CategoryLine(String category, long claimants, String each, String total) {}

    /** What the scheme would give now. */
    public record Preview(List<CategoryLine> categories, long outsideCategories, String distributed, String reserve) {}

    /** A published version. */
    public record Version(
            String heading,
            @Nullable String reason,
            List<CategoryLine> categories,
            String distributed,
            String reserve) {}

    /** A claimant paid under an earlier version at another amount than the current share. */
    public record PaidAtAnotherAmount(
            String registration, String claimant, int version, String paid, String current, String difference) {}
}
