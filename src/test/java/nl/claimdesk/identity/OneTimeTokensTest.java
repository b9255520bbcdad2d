package nl.claimdesk.identity;

import static nl.claimdesk.identity.TokenPurpose.CHANGE_EMAIL;
import static nl.claimdesk.identity.TokenPurpose.HAND_OVER;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time links against the database, on a clock the test moves: lifetimes to the second, single use, revocation
 * by a newer link or all at once, and misuse logged without the token.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
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
        assertThat(LOG_IN.lifetime()).isEqualTo(Duration.ofMinutes(10));
    }

    @ParameterizedTest(name = "{0} used {1} after it was issued: {2}")
    @CsvSource({
        "LOG_IN,              PT0S,           VALID",
        "LOG_IN,              PT9M59S,        VALID",
        "LOG_IN,              PT10M,          EXPIRED",
        "LOG_IN,              PT15M,          EXPIRED",
        "VERIFY_REGISTRATION, PT71H59M59S,    VALID",
        "VERIFY_REGISTRATION, PT72H,          EXPIRED",
        "CHANGE_EMAIL,        PT71H59M59S,    VALID",
        "CHANGE_EMAIL,        PT72H,          EXPIRED",
        "HAND_OVER,           PT335H59M59S,   VALID",
        "HAND_OVER,           PT336H,         EXPIRED"
    })
    void aLinkWorksUntilTheEndOfItsLifetimeAndNotASecondLonger(
            TokenPurpose purpose, Duration age, TokenState expected) {
        String token = tokens.issue(account, purpose, UUID.randomUUID());

        clock.advance(age);

        assertThat(tokens.state(token, purpose)).isEqualTo(expected);
        assertThat(tokens.consume(token, purpose).isPresent()).isEqualTo(expected == TokenState.VALID);
    }

    @ParameterizedTest
    @EnumSource(TokenPurpose.class)
    void aLinkLogsInOnceAndAfterItsFirstUseGrantsNothingAtAnyTime(TokenPurpose purpose) {
        String token = tokens.issue(account, purpose, UUID.randomUUID());
        assertThat(tokens.consume(token, purpose)).isPresent();

        for (Duration later : List.of(Duration.ZERO, Duration.ofMinutes(9), Duration.ofMinutes(11))) {
            clock.advance(later);
            assertThat(tokens.consume(token, purpose))
                    .as("again after %s", later)
                    .isEmpty();
            assertThat(tokens.state(token, purpose)).isEqualTo(TokenState.USED);
        }
    }

    @Test
    void aNewLoginLinkRevokesTheOlderOnesOfTheAccountOnly() {
        String first = tokens.issue(account, LOG_IN, null);
        String second = tokens.issue(account, LOG_IN, null);
        String verification = tokens.issue(account, VERIFY_REGISTRATION, UUID.randomUUID());
        AccountId other =
                accounts.open(EmailAddress.parse(Unique.email("other")).orElseThrow(), Language.NL);
        String othersLink = tokens.issue(other, LOG_IN, null);

        String newest = tokens.issue(account, LOG_IN, null);

        assertThat(tokens.state(first, LOG_IN)).isEqualTo(TokenState.REVOKED);
        assertThat(tokens.state(second, LOG_IN)).isEqualTo(TokenState.REVOKED);
        assertThat(tokens.consume(first, LOG_IN)).isEmpty();
        assertThat(tokens.consume(second, LOG_IN)).isEmpty();
        assertThat(tokens.state(verification, VERIFY_REGISTRATION))
                .as("another purpose")
                .isEqualTo(TokenState.VALID);
        assertThat(tokens.state(othersLink, LOG_IN)).as("another account").isEqualTo(TokenState.VALID);
        assertThat(tokens.consume(newest, LOG_IN)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(
            value = TokenPurpose.class,
            names = {"VERIFY_REGISTRATION", "HAND_OVER"})
    void aLinkPerSubjectRevokesOnlyTheOlderLinkForTheSameSubject(TokenPurpose purpose) {
        UUID one = UUID.randomUUID();
        UUID another = UUID.randomUUID();
        String older = tokens.issue(account, purpose, one);
        String forAnother = tokens.issue(account, purpose, another);

        String newer = tokens.issue(account, purpose, one);

        assertThat(tokens.state(older, purpose)).isEqualTo(TokenState.REVOKED);
        assertThat(tokens.consume(older, purpose)).isEmpty();
        assertThat(tokens.state(forAnother, purpose)).isEqualTo(TokenState.VALID);
        assertThat(tokens.consume(newer, purpose)).contains(new TokenGrant(account, one));
    }

    @Test
    void aNewEmailChangeLinkRevokesTheEarlierOne() {
        String older = tokens.issue(account, CHANGE_EMAIL, UUID.randomUUID());

        tokens.issue(account, CHANGE_EMAIL, UUID.randomUUID());

        assertThat(tokens.state(older, CHANGE_EMAIL)).isEqualTo(TokenState.REVOKED);
    }

    @Test
    void revokingAllOfAnAccountStopsEveryUnusedLinkAndLeavesUsedOnesUsed() {
        String used = tokens.issue(account, LOG_IN, null);
        tokens.consume(used, LOG_IN);
        List<String> unused = List.of(
                tokens.issue(account, LOG_IN, null),
                tokens.issue(account, VERIFY_REGISTRATION, UUID.randomUUID()),
                tokens.issue(account, CHANGE_EMAIL, UUID.randomUUID()),
                tokens.issue(account, HAND_OVER, UUID.randomUUID()));
        List<TokenPurpose> purposes = List.of(LOG_IN, VERIFY_REGISTRATION, CHANGE_EMAIL, HAND_OVER);

        assertThat(tokens.revokeAll(account)).isEqualTo(4);

        for (int i = 0; i < unused.size(); i++) {
            assertThat(tokens.state(unused.get(i), purposes.get(i))).isEqualTo(TokenState.REVOKED);
            assertThat(tokens.consume(unused.get(i), purposes.get(i))).isEmpty();
        }
        assertThat(tokens.state(used, LOG_IN)).isEqualTo(TokenState.USED);
    }

    @ParameterizedTest(name = "a {0} link")
    @ValueSource(strings = {"USED", "REVOKED", "EXPIRED", "UNKNOWN"})
    void usingALinkThatDoesNotWorkIsLoggedAsMisuseWithoutTheToken(String state, CapturedOutput output) {
        String token = switch (state) {
            case "USED" -> {
                String issued = tokens.issue(account, LOG_IN, null);
                tokens.consume(issued, LOG_IN);
                yield issued;
            }
            case "REVOKED" -> {
                String issued = tokens.issue(account, LOG_IN, null);
                tokens.issue(account, LOG_IN, null);
                yield issued;
            }
            case "EXPIRED" -> {
                String issued = tokens.issue(account, LOG_IN, null);
                clock.advance(LOG_IN.lifetime());
                yield issued;
            }
            default -> OneTimeTokens.newToken();
        };

        assertThat(tokens.consume(token, LOG_IN)).isEmpty();

        assertThat(output.getOut())
                .contains("token.misused purpose=LOG_IN state=" + state)
                .doesNotContain(token)
                .doesNotContain(OneTimeTokens.hash(token));
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
