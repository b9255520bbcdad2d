package nl.claimdesk.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Aggregate figures of the sign-ups, for the back office's dashboard: counts only, never a name, address or date of
 * birth. Each call reads the tables (a few grouped scans); callers that show them often cache them.
 */
@Component
public class RegistrationFigures {

    private final JdbcClient jdbc;

    RegistrationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The campaign's active claimants by their class outcome (status with sub-class, reason or missing fact), as last
     * evaluated; a {@code null} status counts those not evaluated yet.
     */
    public List<ClassCount> classCounts(CampaignId campaign) {
        return jdbc.sql("""
                        select k.status, k.sub_class, k.detail, count(*) as claimants
                        from claimant c join registration r on r.id = c.registration_id
                            left join claimant_class k on k.claimant_id = c.id
                        where r.campaign_id = :campaign and c.status in ('REGISTERED', 'UNDER_REVIEW')
                            and c.date_of_birth is not null
                        group by k.status, k.sub_class, k.detail
                        order by k.status, k.sub_class, k.detail""")
                .param("campaign", campaign.value())
                .query((rs, row) -> ClassCount.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** A day and the number of sign-ups on it. */
    public record DayCount(LocalDate day, long count) {}

    /**
     * Sign-ups per day from {@code first} to {@code last} (both inclusive, days in {@code zone}), days without any
     * included; of one campaign, or of all when {@code campaign} is null.
     */
    public List<DayCount> perDay(@Nullable CampaignId campaign, LocalDate first, LocalDate last, ZoneId zone) {
        // Counted per hour in the database (the same on H2 and PostgreSQL, whatever the session's time zone), and the
        // hours put on the days of the zone here: day boundaries are whole hours in any zone we run in.
        String sql =
                """
                select date_trunc('hour', created_at) as hour_start, count(*) as signed_up from registration
                where created_at >= ? and created_at < ?""" + (campaign == null ? "" : " and campaign_id = ?") + " group by date_trunc('hour', created_at)";
        List<Object> params = new ArrayList<>(List.of(
                first.atStartOfDay(zone).toOffsetDateTime(),
                last.plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        if (campaign != null) {
            params.add(campaign.value());
        }
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            perDay.put(day, 0L);
        }
        jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> Map.entry(
                        rs.getObject("hour_start", OffsetDateTime.class).toInstant(), rs.getLong("signed_up")))
                .list()
                .forEach(hour -> perDay.merge(day(hour.getKey(), zone), hour.getValue(), Long::sum));
        return perDay.entrySet().stream()
                .map(entry -> new DayCount(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** The totals of one campaign, or of all when {@code campaign} is null. */
    public RegistrationTotals totals(@Nullable CampaignId campaign) {
        Tally tally = new Tally();
        String where = campaign == null ? "" : " where r.campaign_id = ?";
        List<Object> params = campaign == null ? List.of() : List.of(campaign.value());
        String state = "case when r.withdrawn_at is not null then 'WITHDRAWN'"
                + " when r.verified_at is null then 'UNCONFIRMED' else 'CONFIRMED' end";
        jdbc.sql("select r.campaign_id, r.kind, " + state + " as state, count(*) as registrations from registration r"
                        + where + " group by r.campaign_id, r.kind, " + state)
                .params(params)
                .query((RowCallbackHandler) rs -> tally.registrations(
                        rs.getObject("campaign_id", UUID.class),
                        RegistrationKind.valueOf(rs.getString("kind")),
                        RegistrationState.valueOf(rs.getString("state")),
                        rs.getLong("registrations")));
        String complete = "case when c.participation_completed_at is null then 0 else 1 end";
        jdbc.sql("select r.campaign_id, c.kind, c.status, " + complete + " as complete, count(*) as claimants"
                        + " from claimant c join registration r on r.id = c.registration_id" + where
                        + " group by r.campaign_id, c.kind, c.status, " + complete)
                .params(params)
                .query((RowCallbackHandler) rs -> tally.claimants(
                        rs.getObject("campaign_id", UUID.class),
                        ClaimantKind.valueOf(rs.getString("kind")),
                        ClaimantStatus.valueOf(rs.getString("status")),
                        rs.getInt("complete") == 1,
                        rs.getLong("claimants")));
        return tally.totals(openReviews(campaign));
    }

    /** Adds up the grouped counts the totals are made of. */
    private static final class Tally {

        private final Map<RegistrationState, Long> registrations = new EnumMap<>(RegistrationState.class);
        private final Map<ClaimantStatus, Long> claimants = new EnumMap<>(ClaimantStatus.class);
        private final Map<ClaimantKind, Long> counted = new EnumMap<>(ClaimantKind.class);
        private final Map<UUID, long[]> perCampaign = new LinkedHashMap<>();
        private long complete;
        private long supporters;

        Tally() {
            for (RegistrationState state : RegistrationState.values()) {
                registrations.put(state, 0L);
            }
            for (ClaimantStatus status : ClaimantStatus.values()) {
                claimants.put(status, 0L);
            }
        }

        void registrations(UUID campaign, RegistrationKind kind, RegistrationState state, long count) {
            registrations.merge(state, count, Long::sum);
            if (state != RegistrationState.WITHDRAWN) {
                campaign(campaign)[0] += count;
                if (kind == RegistrationKind.SUPPORTER) {
                    campaign(campaign)[2] += count;
                    supporters += count;
                }
            }
        }

        void claimants(UUID campaign, ClaimantKind kind, ClaimantStatus status, boolean agreed, long count) {
            claimants.merge(status, count, Long::sum);
            if (status.counts()) {
                counted.merge(kind, count, Long::sum);
                campaign(campaign)[1] += count;
                if (agreed) {
                    complete += count;
                }
            }
        }

        RegistrationTotals totals(long openReviews) {
            return new RegistrationTotals(
                    Collections.unmodifiableMap(registrations),
                    Collections.unmodifiableMap(claimants),
                    complete,
                    counted.getOrDefault(ClaimantKind.SELF, 0L),
                    counted.getOrDefault(ClaimantKind.CHILD, 0L),
                    supporters,
                    openReviews,
                    perCampaign.entrySet().stream()
                            .map(entry -> new RegistrationTotals.PerCampaign(
                                    new CampaignId(entry.getKey()),
                                    entry.getValue()[0],
                                    entry.getValue()[1],
                                    entry.getValue()[2]))
                            .toList());
        }

        private long[] campaign(UUID campaign) {
            return perCampaign.computeIfAbsent(campaign, id -> new long[3]);
        }
    }

    private long openReviews(@Nullable CampaignId campaign) {
        if (campaign == null) {
            return jdbc.sql("select count(*) from duplicate_review where resolved_at is null")
                    .query(Long.class)
                    .single();
        }
        return jdbc.sql("""
                        select count(*) from duplicate_review d
                        join claimant c on c.id = d.claimant_id join registration r on r.id = c.registration_id
                        where d.resolved_at is null and r.campaign_id = ?""").param(campaign.value()).query(Long.class).single();
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }
}
