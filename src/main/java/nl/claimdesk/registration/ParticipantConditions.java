package nl.claimdesk.registration;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a {@link ParticipantFilter} over {@code registration r}, with its parameters: one place for
 * the search page and the exports, so an export holds exactly the participants the page listed.
 */
record ParticipantConditions(String sql, List<Object> params) {

    static ParticipantConditions of(ParticipantFilter filter, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!filter.key().isEmpty()) {
            String prefix = SearchKeys.prefixPattern(filter.key());
            switch (filter.by()) {
                case NAME -> {
                    conditions.add("(r.name_key like ? or r.last_name_key like ?)");
                    params.add(prefix);
                    params.add(prefix);
                }
                case EMAIL -> {
                    conditions.add("r.email_key like ?");
                    params.add(prefix);
                }
                case POSTCODE -> {
                    conditions.add("r.postcode_key like ?");
                    params.add(prefix);
                }
                case CHILD -> {
                    // An exists lets PostgreSQL, planning for the term (CustomPlans), walk the newest registrations for
                    // a common name and look up the few matches of a rare one; an IN over a union of the two prefix
                    // scans fetched every match first: 2.5 s for "eva" at a million claimants (docs/adr/0016).
                    conditions.add("exists (select 1 from claimant k where k.registration_id = r.id"
                            + " and (k.name_key like ? or k.last_name_key like ?))");
                    params.add(prefix);
                    params.add(prefix);
                }
                case REFERENCE -> {
                    conditions.add("r.reference = ?");
                    params.add(filter.key());
                }
            }
        }
        if (filter.campaign() != null) {
            conditions.add("r.campaign_id = ?");
            params.add(filter.campaign().value());
        }
        if (filter.state() != null) {
            conditions.add(
                    switch (filter.state()) {
                        case UNCONFIRMED -> "r.verified_at is null and r.withdrawn_at is null";
                        case CONFIRMED -> "r.verified_at is not null and r.withdrawn_at is null";
                        case WITHDRAWN -> "r.withdrawn_at is not null";
                    });
        }
        if (filter.claimantStatus() != null) {
            conditions.add("exists (select 1 from claimant s where s.registration_id = r.id and s.status = ?)");
            params.add(filter.claimantStatus().name());
        }
        if (filter.from() != null) {
            conditions.add("r.created_at >= ?");
            params.add(filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            conditions.add("r.created_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.review()) {
            conditions.add("exists (select 1 from duplicate_review d join claimant dc on dc.id = d.claimant_id"
                    + " where dc.registration_id = r.id and d.resolved_at is null)");
        }
        return new ParticipantConditions(
                conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), List.copyOf(params));
    }

    /** The ORDER BY of the sort, on the columns its keyset index holds. */
    static String orderBy(ParticipantSort sort) {
        return switch (sort) {
            case NEWEST -> "r.created_at desc, r.id desc";
            case OLDEST -> "r.created_at, r.id";
            case NAME -> "r.last_name_key, r.name_key, r.id";
        };
    }
}
