package nl.claimdesk.registration.backoffice;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.claimdesk.registration.internal.keys.SearchKeys;

/**
 * The registrations of a {@link ParticipantFilter}: the FROM (registrations as {@code r}, for a child search joined
 * to the matching children's registrations as {@code m}), the WHERE, the parameters of both in statement order, and
 * the order of a sort. One place for the search page and the exports, so an export holds exactly the participants
 * the page listed.
 */
public record ParticipantConditions(String from, String sql, List<Object> params, SortColumns sortColumns) {

    private static final SortColumns REGISTRATION = new SortColumns("r.created_at", "r.id");

    /**
     * A child search reads the matches from the children's name indexes alone, which hold each child's registration
     * and its sign-up time (V15), orders them, and then visits registrations only until the page is full: 5 ms for a
     * name matching 900 children, 26 ms for "eva" (11,500), where an exists over the registrations needed up to
     * 300 ms for a name matching a few hundred. The ordered subquery ends in {@code offset 0} so that PostgreSQL keeps
     * it as it is; merged into the join, it visited every match's registration before sorting (docs/adr/0016).
     */
    private static final String CHILD_MATCHES = """
            (select registration_id, registration_created_at as created_at from claimant where name_key like ?
                union
                select registration_id, registration_created_at from claimant where last_name_key like ?
                %s offset 0) m
            join registration r on r.id = m.registration_id""";

    private static final SortColumns CHILD_MATCH = new SortColumns("m.created_at", "m.registration_id");
    private static final SortColumns INSIDE_CHILD_MATCHES = new SortColumns("created_at", "registration_id");

    static ParticipantConditions of(ParticipantFilter filter, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<Object> fromParams = new ArrayList<>();
        String from = "registration r";
        SortColumns sortColumns = REGISTRATION;
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
                    from = CHILD_MATCHES.formatted(
                            filter.sort() == ParticipantSort.NAME
                                    ? ""
                                    : "order by " + order(filter.sort(), INSIDE_CHILD_MATCHES));
                    sortColumns = CHILD_MATCH;
                    fromParams.add(prefix);
                    fromParams.add(prefix);
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
        // The FROM comes before the WHERE in the statement, and so do its parameters.
        fromParams.addAll(params);
        return new ParticipantConditions(
                from,
                conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions),
                List.copyOf(fromParams),
                sortColumns);
    }

    /** The ORDER BY of the sort, on the columns its keyset index holds. */
    String orderBy(ParticipantSort sort) {
        return order(sort, sortColumns);
    }

    /** The same order on the columns of {@code r} alone, for a query over registrations these conditions chose. */
    static String registrationOrder(ParticipantSort sort) {
        return order(sort, REGISTRATION);
    }

    private static String order(ParticipantSort sort, SortColumns columns) {
        return switch (sort) {
            case NEWEST -> columns.createdAt() + " desc, " + columns.id() + " desc";
            case OLDEST -> columns.createdAt() + ", " + columns.id();
            case NAME -> "r.last_name_key, r.name_key, r.id";
        };
    }

    /** The condition that keeps only the registrations after {@code cursor} in {@code sort} order. */
    String after(ParticipantCursor cursor, ParticipantSort sort, List<Object> params) {
        return cursor.condition(sort, sortColumns, params);
    }

    /**
     * The sign-up time and id a sort by time orders on: the registration's own, or (child search) the same values as
     * the matches carry them, so PostgreSQL can order the matches before it visits any registration.
     */
    record SortColumns(String createdAt, String id) {}
}
