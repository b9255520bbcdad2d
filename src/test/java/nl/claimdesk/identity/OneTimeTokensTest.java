package nl.claimdesk.identity;

import static nl.claimdesk.identity.TokenPurpose.LOG_IN;
import static nl.claimdesk.identity.TokenPurpose.VERIFY_REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.MutableClock;
import nl.claimdesk.Unique;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** One-time links against the database, on a clock the test moves. */
@IntegrationTest
class OneTimeTokensTest {

    private static final int CONCURRENT_ROUNDS = 20;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transactions;

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private OneTimeTokens tokens;
    private AccountId account;

    @BeforeEach
    void anAccountWithItsOwnTokens() {
        tokens = new OneTimeTokens(jdbc, clock);
        account = accounts.open(EmailAddress.parse(Unique.email("tokens")).orElseThrow(), Language.NL);
    }

    @Test
    void aTokenIs32RandomBytesInUrlSafeBase64() {
        String token = tokens.issue(account, LOG_IN, null);
        String another = tokens.issue(account, LOG_IN, null);

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(another).isNotEqualTo(token);
    }

    @Test
    void onlyTheSha256OfATokenIsStored() throws Exception {
        String token = tokens.issue(account, VERIFY_REGISTRATION, UUID.randomUUID());

        Map<String, Object> row = jdbc.sql("select * from one_time_token where account_id = ?")
                .param(account.value())
                .query()
                .singleRow();
        assertThat((String) row.get("token_hash")).isEqualToIgnoringCase(sha256Hex(token));
        assertThat(row.values())
                .as("no column holds the token itself")
                .noneSatisfy(value -> assertThat(String.valueOf(value)).contains(token));
    }

    @Test
    void aTokenIsValidUntilUsedAndThenUsedForGood() {
        UUID registration = UUID.randomUUID();
        String token = tokens.issue(account, VERIFY_REGISTRATION, registration);
        assertThat(tokens.state(token, VERIFY_REGISTRATION)).isEqualTo(TokenState.VALID);

        assertThat(tokens.consume(token, VERIFY_REGISTRATION)).contains(new TokenGrant(account, registration));
        assertThat(tokens.state(token, VERIFY_REGISTRATION)).isEqualTo(TokenState.USED);
        assertThat(tokens.consume(token, VERIFY_REGISTRATION)).as("a replay").isEmpty();
        assertThat(tokens.state(token, VERIFY_REGISTRATION)).isEqualTo(TokenState.USED);
    }

    @Test
    void aTokenNobodyIssuedIsUnknownAndUseless() {
        String madeUp = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);

        assertThat(tokens.state(madeUp, LOG_IN)).isEqualTo(TokenState.UNKNOWN);
        assertThat(tokens.consume(madeUp, LOG_IN)).isEmpty();
    }

    @Test
    void theLifetimesAreThoseTheMailsAndPagesPromise() {
        assertThat(VERIFY_REGISTRATION.lifetime()).isEqualTo(Duration.ofHours(72));
        assertThat(LOG_IN.lifetime()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    @ParameterizedTest
    @EnumSource(TokenPurpose.class)
    void aTokenStillWorksOneSecondBeforeItsLifetimeEnds(TokenPurpose purpose) {
        String token = tokens.issue(account, purpose, null);

        clock.advance(purpose.lifetime().minusSeconds(1));

        assertThat(tokens.state(token, purpose)).isEqualTo(TokenState.VALID);
        assertThat(tokens.consume(token, purpose)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(TokenPurpose.class)
    void aTokenHasExpiredTheMomentItsLifetimeEnds(TokenPurpose purpose) {
        String token = tokens.issue(account, purpose, null);

        clock.advance(purpose.lifetime());
        assertThat(tokens.state(token, purpose)).isEqualTo(TokenState.EXPIRED);
        assertThat(tokens.consume(token, purpose)).isEmpty();

        clock.advance(Duration.ofDays(1));
        assertThat(tokens.state(token, purpose)).isEqualTo(TokenState.EXPIRED);
        assertThat(tokens.consume(token, purpose)).isEmpty();
    }

    @Test
    void aTokenCannotBeUsedForAnotherPurposeNorIsItSpentByTrying() {
        String login = tokens.issue(account, LOG_IN, null);

        assertThat(tokens.state(login, VERIFY_REGISTRATION)).isEqualTo(TokenState.UNKNOWN);
        assertThat(tokens.consume(login, VERIFY_REGISTRATION)).isEmpty();

        assertThat(tokens.state(login, LOG_IN)).isEqualTo(TokenState.VALID);
        assertThat(tokens.consume(login, LOG_IN)).isPresent();
    }

    @ParameterizedTest(name = "in a transaction of its own: {0}")
    @ValueSource(booleans = {false, true})
    void ofTwoSimultaneousUsesOfATokenExactlyOneWins(boolean inTransaction) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < CONCURRENT_ROUNDS; round++) {
                String token = tokens.issue(account, LOG_IN, null);
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Optional<TokenGrant>>> uses = new ArrayList<>();
                for (int user = 0; user < 2; user++) {
                    uses.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return inTransaction
                                ? transactions.execute(status -> tokens.consume(token, LOG_IN))
                                : tokens.consume(token, LOG_IN);
                    }));
                }
                ready.await();
                go.countDown();

                List<Optional<TokenGrant>> grants = new ArrayList<>();
                for (Future<Optional<TokenGrant>> use : uses) {
                    grants.add(use.get());
                }
                assertThat(grants)
                        .as("round %d", round)
                        .filteredOn(Optional::isPresent)
                        .hasSize(1);
            }
        }
    }

    private static String sha256Hex(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
