package nl.claimdesk.registration.backoffice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.RegistrationState;
import nl.claimdesk.registration.internal.CustomPlans;
import nl.claimdesk.registration.internal.RegistrantName;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds participants for the back office, a page at a time. */
@Component
public class ParticipantSearch {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final ZoneId zone;

    private final CustomPlans plans;

    ParticipantSearch(JdbcClient jdbc, CustomPlans plans, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.zone = clock.getZone();
    }

    /** The page after {@code after} (the first page without it), and the cursor of the page after that, if any. */
    @Transactional(readOnly = true)
    ResultPage search(ParticipantFilter filter, @Nullable ParticipantCursor after) {
        plans.forThisTransaction();
        ParticipantConditions where = ParticipantConditions.of(filter, zone);
        List<Object> params = new ArrayList<>(where.params());
        String keyset = after == null ? "" : " and " + where.after(after, filter.sort(), params);
        List<ParticipantRow> rows = jdbc.sql("""
                        select r.id, r.reference, r.first_name, r.last_name, r.email, r.postcode, r.campaign_id, r.kind,
                            r.created_at, r.verified_at, r.withdrawn_at, r.name_key, r.last_name_key,
                            (select count(*) from claimant c where c.registration_id = r.id and c.status <> 'HANDED_OVER')
                                as claimants
                            , r.suspected_fraud_at, (select count(*) from claimant c where c.registration_id = r.id
                                and c.suspected_fraud_at is not null) as suspected_claimants
                        from\s""" + where.from() + " where " + where.sql() + keyset + " order by "
                        + where.orderBy(filter.sort()) + " limit " + (PAGE_SIZE + 1))
                .params(params)
                .query(ParticipantSearch::row)
                .list();
        if (rows.size() <= PAGE_SIZE) {
            return new ResultPage(rows, null);
        }
        List<ParticipantRow> page = rows.subList(0, PAGE_SIZE);
        return new ResultPage(List.copyOf(page), page.getLast().cursor());
    }

    private static ParticipantRow row(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        OffsetDateTime createdAt = rs.getObject("created_at", OffsetDateTime.class);
        return new ParticipantRow(
                id,
                rs.getString("reference"),
                RegistrantName.of(rs.getString("first_name"), rs.getString("last_name")),
                rs.getString("email"),
                rs.getString("postcode"),
                new CampaignId(rs.getObject("campaign_id", UUID.class)),
                RegistrationKind.valueOf(rs.getString("kind")),
                rs.getInt("claimants"),
                RegistrationState.of(
                        rs.getObject("verified_at", OffsetDateTime.class) != null,
                        rs.getObject("withdrawn_at", OffsetDateTime.class) != null),
                rs.getObject("suspected_fraud_at", OffsetDateTime.class) != null
                        || rs.getInt("suspected_claimants") > 0,
                createdAt,
                new ParticipantCursor(createdAt, rs.getString("last_name_key"), rs.getString("name_key"), id));
    }

    /** A page of results; {@code next} is absent on the last page. */
    record ResultPage(List<ParticipantRow> rows, @Nullable ParticipantCursor next) {}
}
