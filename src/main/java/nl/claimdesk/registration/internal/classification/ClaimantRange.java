package nl.claimdesk.registration.internal.classification;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which of a campaign's claimants one classification statement covers: all of them, one registration's, or those of
 * a slice of registrations by id ({@code after} exclusive, {@code upTo} inclusive; an open end where null). A
 * publication goes through the campaign slice by slice, so that every statement stays well within the database's
 * statement timeout however large the campaign (docs/adr/0057). The slice's bounds go on both sides of the join,
 * claimant and registration, so that both are read by index range and never whole.
 */
record ClaimantRange(
        @Nullable UUID registration,
        @Nullable UUID after,
        @Nullable UUID upTo) {

    static final ClaimantRange ALL = new ClaimantRange(null, null, null);

    static ClaimantRange registration(UUID registration) {
        return new ClaimantRange(registration, null, null);
    }

    static ClaimantRange slice(@Nullable UUID after, @Nullable UUID upTo) {
        return new ClaimantRange(null, after, upTo);
    }

    /**
     * The campaign's condition on registration {@code r}, to go first in a query's where clause, or nothing for one
     * registration: its claimants are read by its key alone. With the campaign's condition beside the key,
     * PostgreSQL's generic plan for the sign-up's statements, made while the tables were nearly empty, read every
     * registration of the campaign through the campaign's index: 7 ms per sign-up at 22,000 registrations
     * (docs/performance.md, "Sign-up journey"). The caller names the registration's own campaign.
     */
    String campaignCondition() {
        return registration == null ? "r.campaign_id = :campaign and " : "";
    }

    /** The conditions on claimant {@code c} to add to a query's where clause, their values put in {@code params}. */
    String where(Map<String, Object> params) {
        return where(params, "c");
    }

    /**
     * The conditions on {@code rows} (a table with a {@code registration_id}: claimant, history) and its {@code
     * registration r} to add to a query's where clause, their values put in {@code params}.
     */
    String where(Map<String, Object> params, String rows) {
        StringBuilder where = new StringBuilder();
        if (registration != null) {
            params.put("registration", registration);
            where.append(" and %s.registration_id = :registration and r.id = :registration".formatted(rows));
        }
        if (after != null) {
            params.put("after", after);
            where.append(" and %s.registration_id > :after and r.id > :after".formatted(rows));
        }
        if (upTo != null) {
            params.put("upTo", upTo);
            where.append(" and %s.registration_id <= :upTo and r.id <= :upTo".formatted(rows));
        }
        return where.toString();
    }
}
