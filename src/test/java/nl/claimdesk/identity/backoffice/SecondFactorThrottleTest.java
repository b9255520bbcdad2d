package nl.claimdesk.identity.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wrong second-factor codes are counted per account, whatever address they come from, and slow the next attempt
 * down more and more — never for longer than a quarter of an hour, and a right code starts the count again.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecondFactorThrottleTest {

    private static final String WRONG_RECOVERY_CODE = "aaaaaa-bbbbbb-cccccc-dddddd";

    @Autowired
    StaffLogin login;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "after {0} wrong codes the next waits {1} s")
    @CsvSource({"0, 0", "1, 0", "4, 0", "5, 30", "6, 60", "7, 120", "8, 240", "9, 480", "10, 900", "11, 900", "60, 900"
    })
    void theWaitGrowsAfterFiveWrongCodesUpToAQuarterOfAnHour(int failures, long seconds) {
        assertThat(SecondFactorThrottle.waitAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void wrongCodesFromManyAddressesCountTogetherUntilARightOne(CapturedOutput output) {
        TestStaff.Login member = TestStaff.enrolled(jdbc, StaffRole.CASE_HANDLER);
        UUID id = member.member().id();
        for (int i = 0; i < SecondFactorThrottle.FREE_FAILURES - 1; i++) {
            assertThat(login.checkSecondFactor(id, wrongCode(member), "10.7.0." + i))
                    .isInstanceOf(SecondFactorResult.Wrong.class);
        }
        assertThat(login.checkSecondFactor(id, WRONG_RECOVERY_CODE, "10.7.1.1"))
                .as("a wrong recovery code counts too")
                .isInstanceOf(SecondFactorResult.Wrong.class);

        SecondFactorResult tooSoon = login.checkSecondFactor(id, member.currentCode(), "10.7.2.1");
        assertThat(tooSoon)
                .isInstanceOfSatisfying(
                        SecondFactorResult.Wait.class,
                        wait -> assertThat(wait.remaining()).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30)));
        assertThat(throttledEntries(id))
                .as("one audit entry when the waiting starts")
                .isEqualTo(1);
        assertThat(output.getOut())
                .contains("staff.second-factor.throttled failures=5 waitSeconds=30")
                .doesNotContain(member.member().email());

        endTheWait(id);
        assertThat(login.checkSecondFactor(id, wrongCode(member), "10.7.3.1"))
                .isInstanceOf(SecondFactorResult.Wrong.class);
        assertThat(login.checkSecondFactor(id, member.currentCode(), "10.7.3.2"))
                .isInstanceOfSatisfying(
                        SecondFactorResult.Wait.class,
                        wait -> assertThat(wait.remaining()).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60)));
        assertThat(throttledEntries(id)).isEqualTo(1);

        endTheWait(id);
        assertThat(login.checkSecondFactor(id, member.currentCode(), "10.7.4.1"))
                .isInstanceOf(SecondFactorResult.LoggedIn.class);
        assertThat(failures(id)).as("a right code starts the count again").isZero();
        assertThat(login.checkSecondFactor(id, wrongCode(member), "10.7.4.2"))
                .isInstanceOf(SecondFactorResult.Wrong.class);
        assertThat(failures(id)).isEqualTo(1);
    }

    @Test
    void theWaitOfOneMemberDoesNotSlowAnother() {
        TestStaff.Login guessedAt = TestStaff.enrolled(jdbc, StaffRole.CASE_HANDLER);
        TestStaff.Login colleague = TestStaff.enrolled(jdbc, StaffRole.CASE_HANDLER);
        for (int i = 0; i < SecondFactorThrottle.FREE_FAILURES; i++) {
            login.checkSecondFactor(guessedAt.member().id(), wrongCode(guessedAt), "10.8.0.1");
        }

        assertThat(login.checkSecondFactor(guessedAt.member().id(), guessedAt.currentCode(), "10.8.0.2"))
                .isInstanceOf(SecondFactorResult.Wait.class);
        assertThat(login.checkSecondFactor(colleague.member().id(), colleague.currentCode(), "10.8.0.1"))
                .isInstanceOf(SecondFactorResult.LoggedIn.class);
    }

    private void endTheWait(UUID id) {
        jdbc.sql("update staff_account set second_factor_wait_until = ? where id = ?")
                .params(OffsetDateTime.now().minusSeconds(1), id)
                .update();
    }

    private int failures(UUID id) {
        return jdbc.sql("select second_factor_failures from staff_account where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private int throttledEntries(UUID id) {
        return jdbc.sql("""
                        select count(*) from audit_entry
                        where action = 'staff.secondFactor.throttled' and subject_type = 'staff' and subject_id = ?""").param(id.toString()).query(Integer.class).single();
    }

    private static String wrongCode(TestStaff.Login member) {
        return member.currentCode().equals("000000") ? "111111" : "000000";
    }
}
