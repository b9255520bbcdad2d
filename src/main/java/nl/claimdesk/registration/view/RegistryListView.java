package nl.claimdesk.registration.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A registry's list, before the import (a preview, with the button that imports it) or after (the report): the
 * lines that match a claimant and those that do not, with the reason.
 *
 * @param importAction where the import posts; none once imported
 * @param summary how many lines matched and how many did not, or were recorded
 */
public record RegistryListView(
        String campaignName,
        String fileName,
        String summary,
        @Nullable String importAction,
        List<MatchedRow> matched,
        List<UnmatchedRow> unmatched) {

    /** A line that names one claimant; {@code fileHref} opens their file. */
    public record MatchedRow(int line, String registryReference, String choice, String claimant, String fileHref) {}

    /** A line that names no claimant, or more than one, and why. */
    public record UnmatchedRow(int line, String text, String reason) {}
}
