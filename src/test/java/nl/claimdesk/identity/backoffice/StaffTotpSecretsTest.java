package nl.claimdesk.identity.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database holds a staff member's TOTP secret only encrypted, beside the id of its key; secrets stored before
 * encryption, or under a key rotated out, are moved to the current key at start-up or on their next use.
 */
@IntegrationTest
class StaffTotpSecretsTest {

    @Autowired
    StaffLogin login;

    @Autowired
    StaffTotpSecrets secrets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void enrolmentStoresTheSecretEncryptedAndItsCodesStillWork() {
        TestStaff.Login member = TestStaff.withPasswordOnly(jdbc, StaffRole.VIEWER);
        UUID id = member.member().id();
        String secret = Totp.newSecret();

        assertThat(login.enrol(id, secret, TestStaff.codeFor(secret), "127.0.0.1"))
                .isPresent();

        Row row = row(id);
        assertThat(row.keyId()).isEqualTo(TotpSecretKeys.DEMO_ID);
        assertThat(row.secret()).isNotEqualTo(secret).doesNotContain(secret);
        assertThat(secrets.secret(id)).contains(secret);
    }

    @Test
    void plaintextSecretsAreEncryptedAtStartUp() {
        TestStaff.Login member = TestStaff.enrolled(jdbc, StaffRole.VIEWER);
        assertThat(row(member.member().id())).isEqualTo(new Row(member.secret(), null));

        secrets.run(new DefaultApplicationArguments());

        Row row = row(member.member().id());
        assertThat(row.keyId()).isEqualTo(TotpSecretKeys.DEMO_ID);
        assertThat(row.secret()).doesNotContain(member.secret());
        assertThat(login.checkSecondFactor(member.member().id(), member.currentCode(), "127.0.0.1"))
                .isInstanceOf(SecondFactorResult.LoggedIn.class);
    }

    @Test
    void aPlaintextSecretIsEncryptedWhenItIsFirstUsed() {
        TestStaff.Login member = TestStaff.enrolled(jdbc, StaffRole.VIEWER);

        assertThat(login.checkSecondFactor(member.member().id(), member.currentCode(), "127.0.0.1"))
                .isInstanceOf(SecondFactorResult.LoggedIn.class);

        assertThat(row(member.member().id()).keyId()).isEqualTo(TotpSecretKeys.DEMO_ID);
    }

    /** Only this member's row is touched: the other tests' application does not know these keys. */
    @Test
    void aSecretUnderAnOlderKeyMovesToTheCurrentOneOnUse() {
        TestStaff.Login member = TestStaff.enrolled(jdbc, StaffRole.VIEWER);
        UUID id = member.member().id();
        TotpSecretKeys before = TotpSecretKeysTest.keys("old:" + TotpSecretKeysTest.KEY_A);
        TotpSecretCipher.Stored old = new TotpSecretCipher(before).seal(id, member.secret());
        jdbc.sql("update staff_account set totp_secret = ?, totp_key_id = ? where id = ?")
                .params(old.value(), old.keyId(), id)
                .update();
        TotpSecretKeys rotated =
                TotpSecretKeysTest.keys("new:" + TotpSecretKeysTest.KEY_B + ",old:" + TotpSecretKeysTest.KEY_A);

        assertThat(new StaffTotpSecrets(jdbc, new TotpSecretCipher(rotated), rotated).secret(id))
                .contains(member.secret());

        assertThat(row(id).keyId()).isEqualTo("new");
        assertThat(new TotpSecretCipher(rotated).open(id, new TotpSecretCipher.Stored(row(id).secret(), "new")))
                .isEqualTo(member.secret());
    }

    private Row row(UUID id) {
        return jdbc.sql("select totp_secret, totp_key_id from staff_account where id = ?")
                .param(id)
                .query((rs, n) -> new Row(rs.getString("totp_secret"), rs.getString("totp_key_id")))
                .single();
    }

    private record Row(String secret, String keyId) {}
}
