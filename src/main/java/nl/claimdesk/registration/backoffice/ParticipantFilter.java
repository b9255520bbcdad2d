package nl.claimdesk.registration.backoffice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.registration.ClaimantStatus;
import nl.claimdesk.registration.RegistrationState;
import nl.claimdesk.registration.internal.keys.SearchKeys;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A checked participant search: the text in its normalised form ({@link SearchKeys}), empty for "everything", and
 * the filters. The search page, the next-page links and both exports use the same filter.
 */
public record ParticipantFilter(
        SearchKind by,
        String key,
        @Nullable CampaignId campaign,
        @Nullable String campaignSlug,
        @Nullable RegistrationState state,
        @Nullable ClaimantStatus claimantStatus,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        boolean review,
        ParticipantSort sort) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The filter as JSON, for the audit log: what was asked, never what was found. */
    String describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("by", by.name());
        described.put("q", key);
        putIfSet(described, "campaign", campaignSlug);
        putIfSet(described, "status", state);
        putIfSet(described, "claimantStatus", claimantStatus);
        putIfSet(described, "from", from);
        putIfSet(described, "to", to);
        if (review) {
            described.put("review", true);
        }
        described.put("sort", sort.name());
        return JSON.writeValueAsString(described);
    }

    private static void putIfSet(Map<String, Object> described, String name, @Nullable Object value) {
        if (value != null) {
            described.put(name, value.toString());
        }
    }
}
