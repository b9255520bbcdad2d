package nl.claimdesk.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The live count of registrations per campaign.
 *
 * <p>Writers add to one of {@value #SHARDS} rows per campaign, picked at random, inside the transaction that stores
 * the registration, so the count is exactly as durable as the registrations and concurrent sign-ups rarely wait for
 * each other. Readers never query per request: each node keeps the sums in memory and re-reads them (one small
 * query for all campaigns) when they are older than the staleness bound: one request re-reads them while the others
 * get the previous value. A refresh that fails keeps the last count, and no request tries again within another
 * staleness bound, so while the database is away the landing page keeps being served with the last count and at most
 * one request per bound waits for the pool's connection timeout (ADR 0049).
 */
@Component
public class RegistrationCounter {

    static final int SHARDS = 16;
    private static final Logger log = LoggerFactory.getLogger(RegistrationCounter.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration maximumAge;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Counts counts = new Counts(Map.of(), Instant.EPOCH);
    private volatile Instant failedAt = Instant.EPOCH;

    RegistrationCounter(JdbcClient jdbc, Clock clock, CampaignSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maximumAge = settings.counter().maximumAge();
    }

    /**
     * Adds {@code delta} (negative for a withdrawal) to the campaign's count. Call it inside the transaction that
     * stores the change it counts.
     */
    public void add(CampaignId campaign, int delta) {
        int shard = ThreadLocalRandom.current().nextInt(SHARDS);
        jdbc.sql(
                        "update registration_count_shard set registrations = registrations + ? where campaign_id = ? and shard = ?")
                .params(delta, campaign.value(), shard)
                .update();
    }

    /**
     * The count as of at most the staleness bound ago, or, while a refresh runs or the database is away, the last
     * count read.
     */
    public long registrations(CampaignId campaign) {
        Counts known = counts;
        if (known.readAt().equals(Instant.EPOCH)) {
            known = firstRead();
        } else if (isOlderThanTheBound(known.readAt()) && isOlderThanTheBound(failedAt)) {
            known = refresh(known);
        }
        return known.perCampaign().getOrDefault(campaign.value(), 0L);
    }

    public void createShards(CampaignId campaign) {
        for (int shard = 0; shard < SHARDS; shard++) {
            jdbc.sql("insert into registration_count_shard (campaign_id, shard, registrations) values (?, ?, 0)")
                    .params(campaign.value(), shard)
                    .update();
        }
    }

    private Counts firstRead() {
        refreshing.lock();
        try {
            if (counts.readAt().equals(Instant.EPOCH)) {
                counts = read();
            }
            return counts;
        } finally {
            refreshing.unlock();
        }
    }

    private Counts refresh(Counts known) {
        if (!refreshing.tryLock()) {
            return known;
        }
        try {
            if (counts != known) {
                return counts;
            }
            counts = read();
            return counts;
        } catch (DataAccessException unavailable) {
            failedAt = clock.instant();
            log.warn(
                    "The registration counter could not be read ({}); the last count is shown",
                    unavailable.getClass().getSimpleName());
            return known;
        } finally {
            refreshing.unlock();
        }
    }

    private boolean isOlderThanTheBound(Instant instant) {
        return Duration.between(instant, clock.instant()).compareTo(maximumAge) >= 0;
    }

    private Counts read() {
        Map<UUID, Long> perCampaign = new HashMap<>();
        Instant readAt = clock.instant();
        jdbc.sql("select campaign_id, sum(registrations) as total from registration_count_shard group by campaign_id")
                .query(rs -> {
                    perCampaign.put(rs.getObject("campaign_id", UUID.class), rs.getLong("total"));
                });
        return new Counts(Map.copyOf(perCampaign), readAt);
    }

    private record Counts(Map<UUID, Long> perCampaign, Instant readAt) {}
}
