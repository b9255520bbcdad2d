package nl.claimdesk.registration.backoffice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.registration.ClaimantStatus;
import nl.claimdesk.registration.RegistrationState;
import nl.claimdesk.registration.internal.keys.SearchKeys;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The participant search exactly as typed, kept to show it again; {@link #check} turns it into a
 * {@link ParticipantFilter} or says, per field, what is wrong.
 */
public record ParticipantSearchForm(
        String by,
        String q,
        String campaign,
        String status,
        String claimantStatus,
        String from,
        String to,
        boolean review,
        String sort) {

    static final int MAXIMUM_QUERY_LENGTH = 100;
    private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    public ParticipantSearchForm {
        by = by.strip().toUpperCase(Locale.ROOT);
        q = q.strip();
        from = from.strip();
        to = to.strip();
    }

    /** The checked filter, or empty with the problems added to {@code errors}. */
    Optional<ParticipantFilter> check(Campaigns campaigns, Texts t, FormErrors errors) {
        SearchKind kind = known(SearchKind.class, by, SearchKind.NAME);
        String key = key(kind, t, errors);
        CampaignSummary chosen = null;
        if (!campaign.isBlank()) {
            chosen = campaigns.bySlug(campaign).orElse(null);
            if (chosen == null) {
                errors.add("campaign", t.get("participants.error.campaign"));
            }
        }
        LocalDate fromDate = date("from", from, t, errors);
        LocalDate toDate = date("to", to, t, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add("to", t.get("participants.error.toBeforeFrom"));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ParticipantFilter(
                kind,
                key,
                chosen == null ? null : chosen.id(),
                chosen == null ? null : chosen.slug(),
                status.isBlank() ? null : known(RegistrationState.class, status, null),
                claimantStatus.isBlank() ? null : known(ClaimantStatus.class, claimantStatus, null),
                fromDate,
                toDate,
                review,
                known(ParticipantSort.class, sort, ParticipantSort.NEWEST)));
    }

    private String key(SearchKind kind, Texts t, FormErrors errors) {
        if (q.length() > MAXIMUM_QUERY_LENGTH) {
            errors.add("q", t.get("participants.error.tooLong", MAXIMUM_QUERY_LENGTH));
            return "";
        }
        if (q.isEmpty()) {
            return "";
        }
        return switch (kind) {
            case NAME, CHILD -> SearchKeys.name(q);
            case EMAIL -> SearchKeys.email(q);
            case POSTCODE -> SearchKeys.postcode(q);
            case REFERENCE -> {
                String reference = SearchKeys.reference(q);
                if (reference.isEmpty()) {
                    errors.add("q", t.get("participants.error.reference"));
                }
                yield reference;
            }
        };
    }

    /** The date typed as day-month-year or as an ISO date; {@code null} when empty or wrong (then with an error). */
    private static @Nullable LocalDate date(String field, String typed, Texts t, FormErrors errors) {
        if (typed.isEmpty()) {
            return null;
        }
        Matcher dutch = DUTCH_DATE.matcher(typed);
        Matcher iso = ISO_DATE.matcher(typed);
        int day;
        int month;
        int year;
        if (dutch.matches()) {
            day = Integer.parseInt(dutch.group(1));
            month = Integer.parseInt(dutch.group(2));
            year = Integer.parseInt(dutch.group(3));
        } else if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else {
            errors.add(field, t.get("participants.error.dateFormat"));
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            errors.add(field, t.get("participants.error.dateImpossible", typed));
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E known(Class<E> type, String name, @Nullable E otherwise) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return otherwise;
    }

    /** The search as query parameters (without the cursor), for the next-page and export links. */
    String queryString() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("by", by);
        parameters.put("q", q);
        parameters.put("campaign", campaign);
        parameters.put("status", status);
        parameters.put("claimantStatus", claimantStatus);
        parameters.put("from", from);
        parameters.put("to", to);
        if (review) {
            parameters.put("review", "true");
        }
        parameters.put("sort", sort);
        return parameters.entrySet().stream()
                .filter(parameter -> !parameter.getValue().isEmpty())
                .map(parameter ->
                        parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
