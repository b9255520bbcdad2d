package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A rate limit counts per address, yet the database never holds the address: only its keyed hash. */
@IntegrationTest
class RateLimitKeysTest {

    @Autowired
    RateLimiter limiter;

    @Autowired
    Pseudonyms pseudonyms;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountIsKeptUnderAKeyedHashOfTheAddress() {
        String email = Unique.email("sleutel");
        String name = "keys-" + Math.abs(email.hashCode());
        RateLimiter.Limit limit = new RateLimiter.Limit(name, 2, Duration.ofHours(1));

        limiter.check(limit, email);
        limiter.check(limit, email);
        assertThatThrownBy(() -> limiter.check(limit, email)).isInstanceOf(TooManyRequests.class);
        limiter.check(limit, Unique.email("ander"));

        List<String> buckets = jdbc.sql("select bucket from rate_limit_window where bucket like ? order by hits desc")
                .param(name + ":%")
                .query(String.class)
                .list();
        assertThat(buckets).hasSize(2);
        assertThat(buckets.getFirst()).isEqualTo(name + ":" + pseudonyms.keyed("rate-limit", email));
        assertThat(String.join(" ", buckets)).doesNotContain("@", "sleutel", "ander");
    }
}
