package nl.claimdesk.registration.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A draft can be sent for a day after the funnel was opened, whatever the browser keeps; {@link SentDrafts} relies on it. */
class SignUpDraftTest {

    @ParameterizedTest(name = "{0} after opening the funnel: expired {1}")
    @CsvSource({"PT0S, false", "PT4H, false", "PT23H59M, false", "PT24H, false", "PT24H0.001S, true", "P30D, true"})
    void aDraftExpiresADayAfterTheFunnelWasOpened(Duration age, boolean expired) {
        long opened = 1_800_000_000_000L;
        SignUpDraft draft = SignUpDraft.start("tiktok", opened);

        assertThat(draft.expired(opened + age.toMillis())).isEqualTo(expired);
    }
}
