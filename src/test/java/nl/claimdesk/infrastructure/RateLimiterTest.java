package nl.claimdesk.infrastructure;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Duration;
import nl.claimdesk.TestSettings;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

class RateLimiterTest {

    @Test
    void aLimitThatIsSwitchedOffTakesNeitherATransactionNorAConnection() {
        JdbcClient jdbc = mock(JdbcClient.class);
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        RateLimiter limiter = new RateLimiter(
                jdbc,
                transactions,
                Clock.systemUTC(),
                new Pseudonyms(mock(SiteSecrets.class), TestSettings.bind(InfrastructureSettings.class)),
                "jdbc:postgresql://db:5432/claimdesk");

        limiter.check(new RateLimiter.Limit("sign-up-ip", 0, Duration.ofMinutes(10)), "127.0.0.1");

        verifyNoInteractions(jdbc, transactions);
    }
}
